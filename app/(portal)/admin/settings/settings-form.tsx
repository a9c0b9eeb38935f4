"use client";

import { useActionState } from "react";
import { updateCouncilSettingsAction } from "./actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Radios } from "@/components/ui/choices";
import { useRemountKey } from "@/components/forms/use-remount-key";
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
  const [state, action, pending] = useActionState(updateCouncilSettingsAction, null);
  const version = useRemountKey(state);
  const f = formFeedback(state, [...FIELDS], { specificationFourEyes: "specificationFourEyes-0" });
  const value = (k: (typeof FIELDS)[number]) => f.value(k) ?? String(settings[k]);
  return (
    <form key={version} action={action} noValidate aria-busy={pending}>
      {f.succeeded && (
        <NotificationBanner type="success" title="Saved">
          {f.succeeded.message}
        </NotificationBanner>
      )}
      <ErrorSummary errors={f.summary} />
      <TextInput
        id="statisticsThreshold"
        name="statisticsThreshold"
        label="Statistics threshold"
        hint="Counts below this number are hidden in every published or exported statistic, so no small group can be identified. Between 3 and 100; 10 is usual."
        inputMode="numeric"
        width="4"
        defaultValue={value("statisticsThreshold")}
        error={f.error("statisticsThreshold")}
      />
      <TextInput
        id="retentionDays"
        name="retentionDays"
        label="Days to keep register details after withdrawal"
        hint="After a family withdraws a child from the register, personal details are erased after this many days. Between 0 and 90."
        inputMode="numeric"
        width="4"
        defaultValue={value("retentionDays")}
        error={f.error("retentionDays")}
      />
      <TextInput
        id="returnDueDays"
        name="returnDueDays"
        label="Days after a quarter that outcome returns are due"
        inputMode="numeric"
        width="4"
        defaultValue={value("returnDueDays")}
        error={f.error("returnDueDays")}
      />
      <TextInput
        id="standstillDays"
        name="standstillDays"
        label="Standstill period after an award decision, in days"
        inputMode="numeric"
        width="4"
        defaultValue={value("standstillDays")}
        error={f.error("standstillDays")}
      />
      <TextInput
        id="annualBudget"
        name="annualBudget"
        label="Annual budget for short breaks contracts, in pounds (optional)"
        hint="Commissioners see each year's contract spend against it. Leave it empty if there is none."
        inputMode="decimal"
        width="10"
        defaultValue={value("annualBudget")}
        error={f.error("annualBudget")}
      />
      <Radios
        name="specificationFourEyes"
        legend="Does a second commissioner approve each specification?"
        hint="With yes, a commissioner cannot approve a specification version they wrote, changed or sent for approval. It applies while the council has two or more commissioners."
        options={[
          { value: "yes", label: "Yes, another commissioner approves it (recommended)" },
          { value: "no", label: "No, any commissioner can approve it" },
        ]}
        defaultValue={value("specificationFourEyes")}
        error={f.error("specificationFourEyes")}
      />
      <Button disabled={pending}>Save settings</Button>
    </form>
  );
}
