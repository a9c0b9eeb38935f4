"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { formFeedback } from "./form-feedback";
import { useRemountKey } from "./use-remount-key";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import {
  Checkboxes,
  DateInput,
  Radios,
  Select,
  TextInput,
  Textarea,
  type CheckboxesProps,
  type DateInputProps,
  type RadiosProps,
  type SelectProps,
  type TextInputProps,
  type TextareaProps,
} from "@/components/ui/field";

// The fields read errors and refill values only, which do not depend on the action's data.
type Feedback = ReturnType<typeof formFeedback<unknown>>;
const FeedbackContext = createContext<Feedback | null>(null);

/**
 * A form posting to a server action, for server pages: an error summary at the top, a success
 * banner, and a context the `Form*` fields read their error and refill value from. Fields are
 * listed in page order so the summary follows it; `anchors` maps a field to the id to focus
 * (`role-0` for radios, `start-day` for dates).
 */
export function ActionForm<TData = undefined>({
  action,
  fields,
  anchors,
  submitLabel,
  submitVariant = "primary",
  children,
  className,
  id,
  intents,
}: {
  action: FormAction<TData>;
  fields: string[];
  anchors?: Record<string, string>;
  /** Text of the submit button; may hold visually hidden context, like which row it acts on. */
  submitLabel: ReactNode;
  submitVariant?: ButtonVariant;
  children?: ReactNode;
  className?: string;
  id?: string;
  /** Several submit buttons sending `intent` (the first is the main one); replaces `submitLabel`'s button. */
  intents?: { value: string; label: string; variant?: ButtonVariant }[];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const feedback: Feedback = formFeedback(state, fields, anchors);
  const version = useRemountKey(state);
  return (
    <FeedbackContext.Provider value={feedback}>
      <form key={version} action={formAction} noValidate aria-busy={pending} className={className} id={id}>
        {feedback.succeeded?.message && (
          <NotificationBanner type="success" title="Done">
            <p>{feedback.succeeded.message}</p>
          </NotificationBanner>
        )}
        <ErrorSummary errors={feedback.summary} focusKey={state} />
        {children}
        {intents ? (
          <div className="flex flex-wrap gap-4">
            {intents.map((i) => (
              <Button
                key={i.value}
                name="intent"
                value={i.value}
                disabled={pending}
                variant={i.variant ?? "primary"}
              >
                {i.label}
              </Button>
            ))}
          </div>
        ) : (
          <Button disabled={pending} variant={submitVariant}>
            {submitLabel}
          </Button>
        )}
      </form>
    </FeedbackContext.Provider>
  );
}

function useFeedback(): Feedback | null {
  return useContext(FeedbackContext);
}

export function FormTextInput(props: Omit<TextInputProps, "error">) {
  const f = useFeedback();
  const value = f?.value(props.name);
  return <TextInput {...props} error={f?.error(props.name)} defaultValue={value ?? props.defaultValue} />;
}

export function FormTextarea(props: Omit<TextareaProps, "error">) {
  const f = useFeedback();
  const value = f?.value(props.name);
  return <Textarea {...props} error={f?.error(props.name)} defaultValue={value ?? props.defaultValue} />;
}

export function FormSelect(props: Omit<SelectProps, "error">) {
  const f = useFeedback();
  const value = f?.value(props.name);
  return <Select {...props} error={f?.error(props.name)} defaultValue={value ?? props.defaultValue} />;
}

export function FormRadios(props: Omit<RadiosProps, "error">) {
  const f = useFeedback();
  const value = f?.value(props.name);
  return <Radios {...props} error={f?.error(props.name)} defaultValue={value ?? props.defaultValue} />;
}

export function FormCheckboxes(props: Omit<CheckboxesProps, "error">) {
  const f = useFeedback();
  const values = f?.values(props.name);
  return <Checkboxes {...props} error={f?.error(props.name)} defaultValues={values ?? props.defaultValues} />;
}

export function FormDateInput(props: Omit<DateInputProps, "error">) {
  const f = useFeedback();
  const refill = f?.value(`${props.name}-day`) !== undefined;
  const defaultValue = refill
    ? {
        day: f?.value(`${props.name}-day`),
        month: f?.value(`${props.name}-month`),
        year: f?.value(`${props.name}-year`),
      }
    : props.defaultValue;
  return <DateInput {...props} error={f?.error(props.name)} defaultValue={defaultValue} />;
}
