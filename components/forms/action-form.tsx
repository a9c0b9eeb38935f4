"use client";

import { createContext, useActionState, useContext, useEffect, type ReactNode } from "react";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { formFeedback } from "./form-feedback";
import { useRemountKey } from "./use-remount-key";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { FileUpload, type FileUploadProps } from "@/components/ui/file-upload";
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
type Succeeded<TData> = Extract<FormState<TData>, { ok: true }>;
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
  submitId,
  submitDisabled = false,
  children,
  after,
  className,
  id,
  intents,
  done,
  banner,
  onDone,
}: {
  action: FormAction<TData>;
  fields: string[];
  anchors?: Record<string, string>;
  /** Text of the submit button; may hold visually hidden context, like which row it acts on. */
  submitLabel: ReactNode;
  submitVariant?: ButtonVariant;
  /** The submit button's id, when the summary should point at it (a form with no fields). */
  submitId?: string;
  /** Keeps the submit button disabled, such as while answers the action needs are missing. */
  submitDisabled?: boolean;
  children?: ReactNode;
  /** Beside the submit button, such as a "Cancel" link. */
  after?: ReactNode;
  className?: string;
  id?: string;
  /** Several submit buttons sending `intent` (the first is the main one); replaces `submitLabel`'s button. */
  intents?: { value: string; label: string; variant?: ButtonVariant }[];
  /** What replaces the form once it succeeds (a panel, a receipt); without it, a success banner above the form. */
  done?: (succeeded: Succeeded<TData>) => ReactNode;
  /** What shows above the fields once it succeeds, the form staying; without it, a "Done" banner with the message. */
  banner?: (succeeded: Succeeded<TData>) => ReactNode;
  /** Runs once each time the action succeeds, for work only the browser can do. */
  onDone?: (succeeded: Succeeded<TData>) => void;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const feedback = formFeedback(state, fields, anchors);
  const version = useRemountKey(state);
  const succeeded = feedback.succeeded;
  useEffect(() => {
    if (succeeded && onDone) onDone(succeeded);
    // Only a new state counts as a new success.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  if (succeeded && done) return <>{done(succeeded)}</>;
  const submit = intents ? (
    intents.map((i) => (
      <Button
        key={i.value}
        name="intent"
        value={i.value}
        disabled={pending || submitDisabled}
        variant={i.variant ?? "primary"}
      >
        {i.label}
      </Button>
    ))
  ) : (
    <Button id={submitId} disabled={pending || submitDisabled} variant={submitVariant}>
      {submitLabel}
    </Button>
  );
  return (
    <FeedbackContext.Provider value={feedback as Feedback}>
      <form key={version} action={formAction} noValidate aria-busy={pending} className={className} id={id}>
        {succeeded &&
          (banner
            ? banner(succeeded)
            : succeeded.message && (
                <NotificationBanner type="success" title="Done">
                  <p>{succeeded.message}</p>
                </NotificationBanner>
              ))}
        <ErrorSummary errors={feedback.summary} focusKey={state} />
        {children}
        {intents || after ? (
          <div className={after ? "flex flex-wrap items-center gap-6" : "flex flex-wrap gap-4"}>
            {submit}
            {after}
          </div>
        ) : (
          submit
        )}
      </form>
    </FeedbackContext.Provider>
  );
}

function useFeedback(): Feedback | null {
  return useContext(FeedbackContext);
}

/** For composite fields inside an ActionForm (a whole step of fields): errors and refill values. */
export function useFormFeedback(): Pick<Feedback, "error" | "value" | "values"> {
  const f = useFeedback();
  if (!f) throw new Error("useFormFeedback is for fields inside an ActionForm");
  return f;
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

/** A file field: its error comes back beside it; a browser never refills a file, so the person chooses it again. */
export function FormFileUpload(props: Omit<FileUploadProps, "error">) {
  const f = useFeedback();
  return <FileUpload {...props} error={f?.error(props.name)} />;
}
