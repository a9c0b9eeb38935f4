"use client";

import { ActionForm, FormCheckboxes } from "@/components/forms/action-form";
import { saveEmailPreferencesAction } from "./actions";

export function EmailPreferencesForm({
  options,
  on,
}: {
  options: { value: string; label: string }[];
  on: string[];
}) {
  return (
    <ActionForm
      action={saveEmailPreferencesAction}
      fields={["emails"]}
      anchors={{ emails: "emails-0" }}
      submitLabel="Save e-mail choices"
      submitVariant="secondary"
    >
      <FormCheckboxes
        name="emails"
        legend="E-mails you can choose"
        legendSize="s"
        hint="Select all that you want. You always see these in your notifications in the portal too."
        options={options}
        defaultValues={on}
      />
    </ActionForm>
  );
}
