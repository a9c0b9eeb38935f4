"use client";

import { recordChildFeedbackBatchAction } from "../actions";
import { ActionForm, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { FormFaceScale } from "@/components/feedback/form-face-scale";
import { FEEDBACK_TEXT_MAX } from "@/lib/domain/feedback-questions";

export function ChildFeedbackBatchForm({
  rows,
  contracts,
  submissionKey,
}: {
  rows: number;
  contracts: { id: string; reference: string; title: string }[];
  submissionKey: string;
}) {
  const indexes = Array.from({ length: rows }, (_, i) => i);
  const fields = ["contractId", ...indexes.flatMap((i) => [`face-${i}`, `liked-${i}`, `improve-${i}`])];
  return (
    <ActionForm
      action={recordChildFeedbackBatchAction}
      fields={fields}
      anchors={Object.fromEntries(indexes.map((i) => [`face-${i}`, `face-${i}-0`]))}
      submitLabel="Save answers"
      done={(done) => (
        <div role="status">
          <p className="mb-4 text-xl font-bold text-success">{done.message}</p>
          <p>
            <a href="/provider/feedback/children">Enter more answers</a>
          </p>
        </div>
      )}
    >
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <FormSelect
        id="contractId"
        name="contractId"
        label="Contract"
        defaultValue=""
        options={[
          { value: "", label: "Choose a contract" },
          ...contracts.map((c) => ({ value: c.id, label: `${c.reference}: ${c.title}` })),
        ]}
      />
      {indexes.map((i) => (
        <fieldset key={i} className="mb-6 border-t-2 border-border pt-4">
          <legend className="mb-2 text-lg font-bold">Child {i + 1}</legend>
          <FormFaceScale name={`face-${i}`} legend="How did it feel?" size="small" />
          <div className="grid gap-x-6 md:grid-cols-2">
            <FormTextInput
              id={`liked-${i}`}
              name={`liked-${i}`}
              label="What they liked"
              maxLength={FEEDBACK_TEXT_MAX.liked}
            />
            <FormTextInput
              id={`improve-${i}`}
              name={`improve-${i}`}
              label="What would make it better"
              maxLength={FEEDBACK_TEXT_MAX.improve}
            />
          </div>
        </fieldset>
      ))}
    </ActionForm>
  );
}
