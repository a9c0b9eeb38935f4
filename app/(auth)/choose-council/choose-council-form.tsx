"use client";

import { ActionForm, FormRadios } from "@/components/forms/action-form";
import { chooseCouncilAction } from "./actions";

export function ChooseCouncilForm({
  options,
  current,
}: {
  options: { value: string; label: string; hint?: string }[];
  current?: string;
}) {
  return (
    <ActionForm
      action={chooseCouncilAction}
      fields={["membershipId"]}
      anchors={{ membershipId: "membershipId-0" }}
      submitLabel="Continue"
    >
      <FormRadios
        name="membershipId"
        legend="Choose who you are acting for"
        isPageHeading
        hint="You can act for one council and role at a time. Switch at any time from the top of the page."
        defaultValue={current}
        options={options}
      />
    </ActionForm>
  );
}
