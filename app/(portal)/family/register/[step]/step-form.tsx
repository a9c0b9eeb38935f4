"use client";

import { useActionState } from "react";
import { saveRegistrationStepAction } from "./actions";
import { formFeedback } from "@/components/forms/form-feedback";
import type { DraftData } from "@/lib/data/register/registration-draft";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
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
  const [state, action, pending] = useActionState(saveRegistrationStepAction, null);
  const f = formFeedback(state, DETAIL_FIELDS[step], DETAIL_ANCHORS);
  const v = (name: keyof DraftData) => f.value(name) ?? (draft[name] as string | undefined);

  return (
    <form action={action} noValidate aria-busy={pending}>
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="step" value={step} readOnly />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} readOnly />}

      <ChildDetailFields
        step={step}
        value={v}
        error={f.error}
        values={f.values}
        draft={draft}
        options={options}
        headings
      />
      <Button disabled={pending}>{returnTo ? "Save and go back to check your answers" : "Continue"}</Button>
    </form>
  );
}
