"use client";

import { useActionState } from "react";
import { createFeedbackThemeAction } from "@/app/(portal)/commissioner/feedback/actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";

export function ThemeForm() {
  const [state, action, pending] = useActionState(createFeedbackThemeAction, null);
  const f = formFeedback(state, ["name"]);
  return (
    <form action={action} noValidate aria-busy={pending} className="max-w-[60ch]">
      <ErrorSummary errors={f.summary} focusKey={state} />
      {f.succeeded && (
        <p role="status" className="mb-4 font-bold text-success">
          {f.succeeded.message}
        </p>
      )}
      <TextInput
        id="name"
        name="name"
        label="Theme name"
        hint="For example: Transport, or Information and advice"
        error={f.error("name")}
        defaultValue={f.value("name")}
        width="30"
      />
      <Button disabled={pending}>Add theme</Button>
    </form>
  );
}
