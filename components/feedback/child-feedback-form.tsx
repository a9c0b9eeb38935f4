"use client";

import { Smile } from "lucide-react";
import type { FormAction } from "@/lib/actions/form-state";
import { FEEDBACK_TEXT_MAX } from "@/lib/domain/feedback-questions";
import { ActionForm, FormRadios, FormSelect, FormTextarea } from "@/components/forms/action-form";
import { Panel } from "@/components/ui/panel";
import { FormFaceScale } from "./form-face-scale";

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
  return (
    <ActionForm
      action={action}
      fields={FIELDS}
      anchors={{ face: "face-0", helpedBy: "helpedBy-0" }}
      submitLabel="Send my answers"
      className="max-w-[75ch] text-xl"
      done={(done) => (
        <>
          <Panel title="Thank you!">
            <p>We got your answers.</p>
            <p>
              Your number is <strong>{done.data?.receiptCode}</strong>
            </p>
          </Panel>
          <p className="mb-6 flex items-center gap-3 text-xl">
            <Smile aria-hidden="true" className="h-10 w-10 shrink-0" />
            The council reads every answer. We will say what we did on our &ldquo;You said, we did&rdquo;
            page.
          </p>
          <p>
            <a href={againHref}>Tell us about something else</a>
          </p>
        </>
      )}
    >
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} readOnly />
      ))}
      <FormFaceScale name="face" legend="How did it feel?" />
      <FormTextarea
        id="liked"
        name="liked"
        label="What did you like?"
        labelSize="m"
        hint="You can leave this empty."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.liked}
      />
      <FormTextarea
        id="improve"
        name="improve"
        label="What would make it better?"
        labelSize="m"
        hint="You can leave this empty."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.improve}
      />
      {subjects.length > 0 && (
        <FormSelect
          id="subject"
          name="subject"
          label="Which short break is it about?"
          hint="You can leave this as it is."
          defaultValue=""
          options={[{ value: "", label: "Short breaks in general" }, ...subjects]}
        />
      )}
      <FormRadios
        name="helpedBy"
        legend="Who filled this in?"
        legendSize="m"
        options={[
          { value: "alone", label: "I did it on my own" },
          { value: "adult", label: "A parent, carer or helper helped me" },
        ]}
      />
    </ActionForm>
  );
}
