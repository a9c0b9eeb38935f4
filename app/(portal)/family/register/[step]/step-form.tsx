"use client";

import { saveRegistrationStepAction } from "./actions";
import { ActionForm, useFormFeedback } from "@/components/forms/action-form";
import type { DraftData } from "@/lib/data/register/registration-draft";
import {
  ChildDetailFields,
  type DetailStep,
  type DetailOptions,
} from "@/components/register/child-detail-fields";

import { DETAIL_FIELDS, DETAIL_ANCHORS } from "@/components/register/detail-fields";

export function StepForm({
  step,
  draft,
  options,
  returnTo,
}: {
  step: DetailStep;
  draft: DraftData;
  options: DetailOptions;
  returnTo?: string;
}) {
  return (
    <ActionForm
      action={saveRegistrationStepAction}
      fields={DETAIL_FIELDS[step]}
      anchors={DETAIL_ANCHORS}
      submitLabel={returnTo ? "Save and go back to check your answers" : "Continue"}
    >
      <input type="hidden" name="step" value={step} readOnly />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} readOnly />}
      <StepFields step={step} draft={draft} options={options} />
    </ActionForm>
  );
}

function StepFields({
  step,
  draft,
  options,
}: {
  step: DetailStep;
  draft: DraftData;
  options: DetailOptions;
}) {
  const f = useFormFeedback();
  const v = (name: keyof DraftData) => f.value(name) ?? (draft[name] as string | undefined);
  return (
    <ChildDetailFields
      step={step}
      value={v}
      error={f.error}
      values={f.values}
      draft={draft}
      options={options}
      headings
    />
  );
}
