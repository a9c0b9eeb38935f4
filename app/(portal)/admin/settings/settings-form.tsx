"use client";

import type { ReactNode } from "react";
import { updateCouncilSettingsAction } from "./actions";
import { ActionForm, FormRadios, FormTextInput } from "@/components/forms/action-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SectionHeading } from "@/components/ui/heading";

// In page order, so the error summary follows it.
const FIELDS = [
  "statisticsThreshold",
  "retentionDays",
  "contactEmail",
  "returnDueDays",
  "standstillDays",
  "annualBudget",
  "budgetReviewMonths",
  "evidenceDeadlineDays",
  "uploadLimitMb",
  "ocidPrefix",
  "specificationFourEyes",
  "assessmentFourEyes",
  "sessionIdleMinutes",
  "sessionMaxHours",
] as const;

export type SettingsFormValues = Record<(typeof FIELDS)[number], string>;

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <SectionHeading id={id} size="m">
        {title}
      </SectionHeading>
      {children}
    </section>
  );
}

const YES_NO_HINT = "It applies while the council has two or more people in that role.";

export function SettingsForm({ settings }: { settings: SettingsFormValues }) {
  const saved = (k: (typeof FIELDS)[number]) => settings[k];
  return (
    <ActionForm
      action={updateCouncilSettingsAction}
      fields={[...FIELDS]}
      anchors={{
        specificationFourEyes: "specificationFourEyes-0",
        assessmentFourEyes: "assessmentFourEyes-0",
      }}
      submitLabel="Save settings"
      banner={(done) => (
        <NotificationBanner type="success" title="Saved">
          {done.message}
        </NotificationBanner>
      )}
    >
      <Group id="settings-register" title="Register and statistics">
        <FormTextInput
          id="statisticsThreshold"
          name="statisticsThreshold"
          label="Statistics threshold"
          hint="Counts below this number are hidden in every published or exported statistic, so no small group can be identified. Between 3 and 100; 10 is usual."
          inputMode="numeric"
          width="4"
          defaultValue={saved("statisticsThreshold")}
        />
        <FormTextInput
          id="retentionDays"
          name="retentionDays"
          label="Days to keep register details after withdrawal"
          hint="After a family withdraws a child from the register, personal details are erased after this many days. Between 0 and 90."
          inputMode="numeric"
          width="4"
          defaultValue={saved("retentionDays")}
        />
        <FormTextInput
          id="contactEmail"
          name="contactEmail"
          label="Register contact e-mail address (optional)"
          hint="Shown to families on the register's public page, for questions about the register."
          type="email"
          autoComplete="off"
          defaultValue={saved("contactEmail")}
        />
      </Group>
      <Group id="settings-procurement" title="Procurement and contracts">
        <FormTextInput
          id="returnDueDays"
          name="returnDueDays"
          label="Days after a quarter that outcome returns are due"
          hint="Providers' quarterly outcome returns are due this many days after each quarter ends. Between 1 and 90."
          inputMode="numeric"
          width="4"
          defaultValue={saved("returnDueDays")}
        />
        <FormTextInput
          id="standstillDays"
          name="standstillDays"
          label="Standstill period after an award decision, in days"
          hint="No contract is signed until this many days after bidders are told the award decision. Between 0 and 60; 10 is usual."
          inputMode="numeric"
          width="4"
          defaultValue={saved("standstillDays")}
        />
        <FormTextInput
          id="annualBudget"
          name="annualBudget"
          label="Annual budget for short breaks contracts, in pounds (optional)"
          hint="Commissioners see each year's contract spend against it. Leave it empty if there is none."
          inputMode="decimal"
          width="10"
          defaultValue={saved("annualBudget")}
        />
      </Group>
      <Group id="settings-budgets" title="Personal budgets">
        <FormTextInput
          id="budgetReviewMonths"
          name="budgetReviewMonths"
          label="Months from a budget's start to its first review"
          hint="Offered as the review date when a social worker agrees a personal budget. Between 1 and 24; 12 is usual."
          inputMode="numeric"
          width="4"
          defaultValue={saved("budgetReviewMonths")}
        />
        <FormTextInput
          id="evidenceDeadlineDays"
          name="evidenceDeadlineDays"
          label="Days allowed for evidence of spend after a payment"
          hint="Past this many days with no receipts or evidence, a budget is shown as at risk. Between 7 and 365."
          inputMode="numeric"
          width="4"
          defaultValue={saved("evidenceDeadlineDays")}
        />
      </Group>
      <Group id="settings-files" title="Files">
        <FormTextInput
          id="uploadLimitMb"
          name="uploadLimitMb"
          label="Largest file people can upload, in megabytes"
          hint="Receipts, photos and other evidence larger than this are refused. Between 1 and 25."
          inputMode="numeric"
          width="4"
          defaultValue={saved("uploadLimitMb")}
        />
      </Group>
      <Group id="settings-open-data" title="Open data">
        <FormTextInput
          id="ocidPrefix"
          name="ocidPrefix"
          label="Open Contracting ocid prefix (optional)"
          hint="The prefix the Open Contracting Partnership registered for the council: ocds- then 6 letters or digits, like ocds-a1b2c3. Leave it empty to use the portal's own prefix."
          width="10"
          autoComplete="off"
          spellCheck={false}
          defaultValue={saved("ocidPrefix")}
        />
      </Group>
      <Group id="settings-security" title="Security">
        <FormRadios
          name="specificationFourEyes"
          legend="Does a second commissioner approve each specification?"
          hint={`With yes, a commissioner cannot approve a specification version they wrote, changed or sent for approval. ${YES_NO_HINT}`}
          options={[
            { value: "yes", label: "Yes, another commissioner approves it (recommended)" },
            { value: "no", label: "No, any commissioner can approve it" },
          ]}
          defaultValue={saved("specificationFourEyes")}
        />
        <FormRadios
          name="assessmentFourEyes"
          legend="Does a second social worker decide each assessment and personal budget?"
          hint={`With yes, a social worker cannot approve an assessment or a personal budget they wrote. ${YES_NO_HINT}`}
          options={[
            { value: "yes", label: "Yes, another social worker decides it (recommended)" },
            { value: "no", label: "No, any social worker can decide it" },
          ]}
          defaultValue={saved("assessmentFourEyes")}
        />
        <FormTextInput
          id="sessionIdleMinutes"
          name="sessionIdleMinutes"
          label="Minutes before an idle staff session ends"
          hint="Commissioners, social workers and administrators who make no request for this long must sign in again. Between 5 and 120; 30 is usual."
          inputMode="numeric"
          width="4"
          defaultValue={saved("sessionIdleMinutes")}
        />
        <FormTextInput
          id="sessionMaxHours"
          name="sessionMaxHours"
          label="Hours a staff session lasts, however busy"
          hint="Counted from sign-in. Between 1 and 12; 12 is usual."
          inputMode="numeric"
          width="4"
          defaultValue={saved("sessionMaxHours")}
        />
      </Group>
    </ActionForm>
  );
}
