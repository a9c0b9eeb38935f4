"use client";

import { updateCouncilSettingsAction } from "./actions";
import { ActionForm, FormRadios, FormTextInput } from "@/components/forms/action-form";
import { NotificationBanner } from "@/components/ui/notification-banner";

const FIELDS = [
  "statisticsThreshold",
  "retentionDays",
  "returnDueDays",
  "standstillDays",
  "annualBudget",
  "specificationFourEyes",
] as const;

export function SettingsForm({ settings }: { settings: Record<(typeof FIELDS)[number], number | string> }) {
  const saved = (k: (typeof FIELDS)[number]) => String(settings[k]);
  return (
    <ActionForm
      action={updateCouncilSettingsAction}
      fields={[...FIELDS]}
      anchors={{ specificationFourEyes: "specificationFourEyes-0" }}
      submitLabel="Save settings"
      banner={(done) => (
        <NotificationBanner type="success" title="Saved">
          {done.message}
        </NotificationBanner>
      )}
    >
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
        id="returnDueDays"
        name="returnDueDays"
        label="Days after a quarter that outcome returns are due"
        inputMode="numeric"
        width="4"
        defaultValue={saved("returnDueDays")}
      />
      <FormTextInput
        id="standstillDays"
        name="standstillDays"
        label="Standstill period after an award decision, in days"
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
      <FormRadios
        name="specificationFourEyes"
        legend="Does a second commissioner approve each specification?"
        hint="With yes, a commissioner cannot approve a specification version they wrote, changed or sent for approval. It applies while the council has two or more commissioners."
        options={[
          { value: "yes", label: "Yes, another commissioner approves it (recommended)" },
          { value: "no", label: "No, any commissioner can approve it" },
        ]}
        defaultValue={saved("specificationFourEyes")}
      />
    </ActionForm>
  );
}
