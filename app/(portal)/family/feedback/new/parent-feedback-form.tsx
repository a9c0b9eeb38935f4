"use client";

import { useActionState } from "react";
import { useRemountKey } from "@/components/forms/use-remount-key";
import { createParentFeedbackAction } from "../actions";
import { FEEDBACK_TEXT_MAX, RATING_QUESTIONS, RATING_SCALE } from "@/lib/domain/feedback-questions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkboxes, Radios, Select, Textarea } from "@/components/ui/field";

const FIELDS = [
  "subject",
  ...RATING_QUESTIONS.map((q) => q.code),
  "comment",
  "consentToQuote",
  "contactRequested",
];

export function ParentFeedbackForm({
  submissionKey,
  subjects,
}: {
  submissionKey: string;
  subjects: { value: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(createParentFeedbackAction, null);
  const version = useRemountKey(state);
  const f = formFeedback(
    state,
    FIELDS,
    Object.fromEntries([
      ...RATING_QUESTIONS.map((q) => [q.code, `${q.code}-0`]),
      ["consentToQuote", "consentToQuote-0"],
      ["contactRequested", "contactRequested-0"],
    ]),
  );
  return (
    <form action={action} noValidate aria-busy={pending} className="max-w-[75ch]" key={version}>
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <Select
        id="subject"
        name="subject"
        label="What is your feedback about?"
        labelSize="m"
        hint="Short breaks your family uses: in your children's support plans, or in the areas where they live."
        error={f.error("subject")}
        defaultValue={f.value("subject") ?? "general"}
        options={[{ value: "general", label: "Short breaks in general" }, ...subjects]}
      />
      {RATING_QUESTIONS.map((q) => (
        <Radios
          key={q.code}
          name={q.code}
          legend={q.label}
          legendSize="s"
          hint="Choose a number. You can skip a question that does not apply."
          error={f.error(q.code)}
          defaultValue={f.value(q.code)}
          options={RATING_SCALE.map((r) => ({ value: String(r.value), label: r.label }))}
        />
      ))}
      <Textarea
        id="comment"
        name="comment"
        label="Tell us about your experience"
        labelSize="m"
        hint="What went well, and what could be better. Do not include anyone's name."
        maxLength={FEEDBACK_TEXT_MAX.comment}
        error={f.error("comment")}
        defaultValue={f.value("comment")}
      />
      <Checkboxes
        name="consentToQuote"
        legend="Quoting your words"
        legendSize="s"
        error={f.error("consentToQuote")}
        defaultValues={f.values("consentToQuote")}
        options={[
          {
            value: "yes",
            label: "The council may quote my words without my name",
            hint: "Quotes may be shared with the provider and in reports. Your name and details are never shared.",
          },
        ]}
      />
      <Checkboxes
        name="contactRequested"
        legend="Getting in touch"
        legendSize="s"
        error={f.error("contactRequested")}
        defaultValues={f.values("contactRequested")}
        options={[
          {
            value: "yes",
            label: "I would like someone from the council to contact me about this",
            hint: "We will use the e-mail address of your account.",
          },
        ]}
      />
      <Button disabled={pending}>Send feedback</Button>
    </form>
  );
}
