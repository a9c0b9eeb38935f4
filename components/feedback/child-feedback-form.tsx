"use client";

import { useActionState } from "react";
import { Smile } from "lucide-react";
import type { FormAction } from "@/lib/actions/form-state";
import { FEEDBACK_TEXT_MAX } from "@/lib/domain/feedback-questions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { Radios, Select, Textarea } from "@/components/ui/field";
import { FaceScale } from "./face-scale";

const FIELDS = ["face", "liked", "improve", "helpedBy", "subject"];

/**
 * The Easy Read form for children and young people: one big picture scale and two short
 * questions. No name or contact details are asked for. Used in the family area and on the
 * council's public page, each with its own action.
 */
export function ChildFeedbackForm<TData extends { receiptCode: string }>({
  action,
  submissionKey,
  subjects,
  againHref,
  hidden = {},
}: {
  action: FormAction<TData>;
  submissionKey: string;
  subjects: { value: string; label: string }[];
  againHref: string;
  /** Extra hidden fields, such as the council on the public page. */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const f = formFeedback(state, FIELDS, { face: "face-0", helpedBy: "helpedBy-0" });
  if (f.succeeded) {
    return (
      <>
        <Panel title="Thank you!">
          <p>We got your answers.</p>
          <p>
            Your number is <strong>{f.succeeded.data?.receiptCode}</strong>
          </p>
        </Panel>
        <p className="mb-6 flex items-center gap-3 text-xl">
          <Smile aria-hidden="true" className="h-10 w-10 shrink-0" />
          The council reads every answer. We will say what we did on our &ldquo;You said, we did&rdquo; page.
        </p>
        <p>
          <a href={againHref}>Tell us about something else</a>
        </p>
      </>
    );
  }
  return (
    <form action={formAction} noValidate aria-busy={pending} className="max-w-[75ch] text-xl">
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} readOnly />
      ))}
      <FaceScale
        name="face"
        legend="How did it feel?"
        error={f.error("face")}
        defaultValue={f.value("face")}
      />
      <Textarea
        id="liked"
        name="liked"
        label="What did you like?"
        labelSize="m"
        hint="You can leave this empty."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.liked}
        error={f.error("liked")}
        defaultValue={f.value("liked")}
      />
      <Textarea
        id="improve"
        name="improve"
        label="What would make it better?"
        labelSize="m"
        hint="You can leave this empty."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.improve}
        error={f.error("improve")}
        defaultValue={f.value("improve")}
      />
      {subjects.length > 0 && (
        <Select
          id="subject"
          name="subject"
          label="Which short break is it about?"
          hint="You can leave this as it is."
          error={f.error("subject")}
          defaultValue={f.value("subject") ?? ""}
          options={[{ value: "", label: "Short breaks in general" }, ...subjects]}
        />
      )}
      <Radios
        name="helpedBy"
        legend="Who filled this in?"
        legendSize="m"
        error={f.error("helpedBy")}
        defaultValue={f.value("helpedBy")}
        options={[
          { value: "alone", label: "I did it on my own" },
          { value: "adult", label: "A parent, carer or helper helped me" },
        ]}
      />
      <Button disabled={pending}>Send my answers</Button>
    </form>
  );
}
