"use client";

import { updateRequireStaffSecondFactorAction } from "./actions";
import { ActionForm, FormRadios } from "@/components/forms/action-form";

/** "Require a second factor for staff": its own small form, so it merges beside the main settings form. */
export function SecondFactorSetting({ required }: { required: boolean }) {
  return (
    <ActionForm
      action={updateRequireStaffSecondFactorAction}
      fields={["requireStaffSecondFactor"]}
      anchors={{ requireStaffSecondFactor: "requireStaffSecondFactor-0" }}
      submitLabel="Save second factor setting"
      className="mt-10"
    >
      <FormRadios
        name="requireStaffSecondFactor"
        legend="Must council staff use a second factor to sign in?"
        hint="With yes, commissioners, social workers and administrators must set up an authenticator app before they can use the portal. Families, providers and young commissioners are not asked."
        options={[
          { value: "yes", label: "Yes, staff must use a second factor (recommended)" },
          { value: "no", label: "No, each person chooses" },
        ]}
        defaultValue={required ? "yes" : "no"}
      />
    </ActionForm>
  );
}
