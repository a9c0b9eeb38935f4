"use client";

import { useActionState } from "react";
import { saveEqualityImpactAction } from "../../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const FIELDS = ["eiaGroups", "eiaImpact", "eiaMitigations"];

export function EqualityImpactForm({
  specificationId,
  current,
}: {
  specificationId: string;
  current: { eiaGroups: string; eiaImpact: string; eiaMitigations: string };
}) {
  const [state, action, pending] = useActionState(saveEqualityImpactAction, null);
  const f = formFeedback(state, FIELDS);
  const value = (name: keyof typeof current) => f.value(name) ?? current[name];
  return (
    <form action={action} noValidate aria-busy={pending}>
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="specificationId" value={specificationId} readOnly />
      <Textarea
        id="eiaGroups"
        name="eiaGroups"
        label="Groups affected"
        hint="Which groups with protected characteristics, and which families and children, the service affects."
        defaultValue={value("eiaGroups")}
        error={f.error("eiaGroups")}
        maxLength={4000}
      />
      <Textarea
        id="eiaImpact"
        name="eiaImpact"
        label="Likely impact"
        hint="How the service is likely to affect each group, good or bad."
        defaultValue={value("eiaImpact")}
        error={f.error("eiaImpact")}
        maxLength={4000}
      />
      <Textarea
        id="eiaMitigations"
        name="eiaMitigations"
        label="Mitigations"
        hint="What the council and the provider will do to reduce any bad effect."
        defaultValue={value("eiaMitigations")}
        error={f.error("eiaMitigations")}
        maxLength={4000}
      />
      <Button disabled={pending}>Save the assessment</Button>
    </form>
  );
}
