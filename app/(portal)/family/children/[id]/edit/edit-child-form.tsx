"use client";

import { updateChildAction } from "../actions";
import { ActionForm, useFormFeedback } from "@/components/forms/action-form";
import type { DraftData } from "@/lib/data/register/registration-draft";
import { ChildDetailFields, type DetailOptions } from "@/components/register/child-detail-fields";
import { DETAIL_ANCHORS, DETAIL_FIELDS } from "@/components/register/detail-fields";

const PARTS = ["child", "home", "needs", "school", "contact"] as const;

export function EditChildForm({
  childId,
  editVersion,
  current,
  options,
}: {
  childId: string;
  /** The record's edit version as this page was opened: a save by someone else since refuses this one. */
  editVersion: number;
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
      <input type="hidden" name="editVersion" value={editVersion} readOnly />
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
