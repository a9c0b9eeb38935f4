"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";

/** Adds a feedback theme; the page passes the action (components import nothing from app/). */
export function ThemeForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} fields={["name"]} submitLabel="Add theme" className="max-w-[60ch]">
      <FormTextInput
        id="name"
        name="name"
        label="Theme name"
        hint="For example: Transport, or Information and advice"
        width="30"
      />
    </ActionForm>
  );
}
