"use client";

import { updateChildAction } from "../actions";
import { ActionForm, useFormFeedback } from "@/components/forms/action-form";
import type { DraftData } from "@/lib/data/register/registration-draft";
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
  return (
    <ActionForm
      action={updateChildAction}
      fields={PARTS.flatMap((p) => DETAIL_FIELDS[p])}
      anchors={DETAIL_ANCHORS}
      submitLabel="Save changes"
    >
      <input type="hidden" name="childId" value={childId} readOnly />
      <AllParts current={current} options={options} />
    </ActionForm>
  );
}

function AllParts({ current, options }: { current: DraftData; options: DetailOptions }) {
  const f = useFormFeedback();
  const value = (name: keyof DraftData) => f.value(name) ?? (current[name] as string | undefined);
  return PARTS.map((part) => (
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
  ));
}
