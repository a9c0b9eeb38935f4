"use client";

import { createParentFeedbackAction } from "../actions";
import { FEEDBACK_TEXT_MAX, RATING_QUESTIONS, RATING_SCALE } from "@/lib/domain/feedback-questions";
import {
  ActionForm,
  FormCheckboxes,
  FormRadios,
  FormSelect,
  FormTextarea,
} from "@/components/forms/action-form";

const FIELDS = [
  "subject",
  ...RATING_QUESTIONS.map((q) => q.code),
  "comment",
  "consentToQuote",
  "contactRequested",
];
const ANCHORS: Record<string, string> = Object.fromEntries([
  ...RATING_QUESTIONS.map((q) => [q.code, `${q.code}-0`]),
  ["consentToQuote", "consentToQuote-0"],
  ["contactRequested", "contactRequested-0"],
]);

export function ParentFeedbackForm({
  submissionKey,
  subjects,
}: {
  submissionKey: string;
  subjects: { value: string; label: string }[];
}) {
  return (
    <ActionForm
      action={createParentFeedbackAction}
      fields={FIELDS}
      anchors={ANCHORS}
      submitLabel="Send feedback"
      className="max-w-[75ch]"
    >
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <FormSelect
        id="subject"
        name="subject"
        label="What is your feedback about?"
        labelSize="m"
        hint="Short breaks your family uses: in your children's support plans, or in the areas where they live."
        defaultValue="general"
        options={[{ value: "general", label: "Short breaks in general" }, ...subjects]}
      />
      {RATING_QUESTIONS.map((q) => (
        <FormRadios
          key={q.code}
          name={q.code}
          legend={q.label}
          legendSize="s"
          hint="Choose a number. You can skip a question that does not apply."
          options={RATING_SCALE.map((r) => ({ value: String(r.value), label: r.label }))}
        />
      ))}
      <FormTextarea
        id="comment"
        name="comment"
        label="Tell us about your experience"
        labelSize="m"
        hint="What went well, and what could be better. Do not include anyone's name."
        maxLength={FEEDBACK_TEXT_MAX.comment}
      />
      <FormCheckboxes
        name="consentToQuote"
        legend="Quoting your words"
        legendSize="s"
        options={[
          {
            value: "yes",
            label: "The council may quote my words without my name",
            hint: "Quotes may be shared with the provider and in reports. Your name and details are never shared.",
          },
        ]}
      />
      <FormCheckboxes
        name="contactRequested"
        legend="Getting in touch"
        legendSize="s"
        options={[
          {
            value: "yes",
            label: "I would like someone from the council to contact me about this",
            hint: "We will use the e-mail address of your account.",
          },
        ]}
      />
    </ActionForm>
  );
}
