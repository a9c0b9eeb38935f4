"use client";

import { useActionState } from "react";
import { updateChildAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import type { DraftData } from "@/lib/data/register/registration-draft";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { ChildDetailFields, type DetailOptions } from "@/components/register/child-detail-fields";
import { DETAIL_ANCHORS, DETAIL_FIELDS } from "@/components/register/detail-fields";

const PARTS = ["child", "home", "needs", "school", "contact"] as const;

export function EditChildForm({
  childId,
  current,
  options,
}: {
  childId: string;
  current: DraftData;
  options: DetailOptions;
}) {
  const [state, action, pending] = useActionState(updateChildAction, null);
  const f = formFeedback(
    state,
    PARTS.flatMap((p) => DETAIL_FIELDS[p]),
    DETAIL_ANCHORS,
  );
  const value = (name: keyof DraftData) => f.value(name) ?? (current[name] as string | undefined);
  return (
    <form action={action} noValidate aria-busy={pending}>
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="childId" value={childId} readOnly />
      {PARTS.map((part) => (
        <ChildDetailFields
          key={part}
          step={part}
          value={value}
          error={f.error}
          values={f.values}
          draft={current}
          options={options}
          showDistricts
        />
      ))}
      <Button disabled={pending}>Save changes</Button>
    </form>
  );
}
