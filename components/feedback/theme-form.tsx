"use client";

import { createFeedbackThemeAction } from "@/app/(portal)/commissioner/feedback/actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";

export function ThemeForm() {
  return (
    <ActionForm
      action={createFeedbackThemeAction}
      fields={["name"]}
      submitLabel="Add theme"
      className="max-w-[60ch]"
    >
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
