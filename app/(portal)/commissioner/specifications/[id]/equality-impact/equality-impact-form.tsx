"use client";

import { saveEqualityImpactAction } from "../../actions";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";

const FIELDS = ["eiaGroups", "eiaImpact", "eiaMitigations"];

export function EqualityImpactForm({
  specificationId,
  current,
}: {
  specificationId: string;
  current: { eiaGroups: string; eiaImpact: string; eiaMitigations: string };
}) {
  return (
    <ActionForm action={saveEqualityImpactAction} fields={FIELDS} submitLabel="Save the assessment">
      <input type="hidden" name="specificationId" value={specificationId} readOnly />
      <FormTextarea
        id="eiaGroups"
        name="eiaGroups"
        label="Groups affected"
        hint="Which groups with protected characteristics, and which families and children, the service affects."
        defaultValue={current.eiaGroups}
        maxLength={4000}
      />
      <FormTextarea
        id="eiaImpact"
        name="eiaImpact"
        label="Likely impact"
        hint="How the service is likely to affect each group, good or bad."
        defaultValue={current.eiaImpact}
        maxLength={4000}
      />
      <FormTextarea
        id="eiaMitigations"
        name="eiaMitigations"
        label="Mitigations"
        hint="What the council and the provider will do to reduce any bad effect."
        defaultValue={current.eiaMitigations}
        maxLength={4000}
      />
    </ActionForm>
  );
}
