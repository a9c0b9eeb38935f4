"use client";

import { useActionState } from "react";
import { recordChildFeedbackBatchAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { FaceScale } from "@/components/feedback/face-scale";
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
  const [state, action, pending] = useActionState(recordChildFeedbackBatchAction, null);
  const indexes = Array.from({ length: rows }, (_, i) => i);
  const fields = ["contractId", ...indexes.flatMap((i) => [`face-${i}`, `liked-${i}`, `improve-${i}`])];
  const f = formFeedback(state, fields, Object.fromEntries(indexes.map((i) => [`face-${i}`, `face-${i}-0`])));
  if (f.succeeded)
    return (
      <div role="status">
        <p className="mb-4 text-xl font-bold text-success">{f.succeeded.message}</p>
        <p>
          <a href="/provider/feedback/children">Enter more answers</a>
        </p>
      </div>
    );
  return (
    <form action={action} noValidate aria-busy={pending}>
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <Select
        id="contractId"
        name="contractId"
        label="Contract"
        error={f.error("contractId")}
        defaultValue={f.value("contractId") ?? ""}
        options={[
          { value: "", label: "Choose a contract" },
          ...contracts.map((c) => ({ value: c.id, label: `${c.reference}: ${c.title}` })),
        ]}
      />
      {indexes.map((i) => (
        <fieldset key={i} className="mb-6 border-t-2 border-border pt-4">
          <legend className="mb-2 text-lg font-bold">Child {i + 1}</legend>
          <FaceScale
            name={`face-${i}`}
            legend="How did it feel?"
            size="small"
            error={f.error(`face-${i}`)}
            defaultValue={f.value(`face-${i}`)}
          />
          <div className="grid gap-x-6 md:grid-cols-2">
            <TextInput
              id={`liked-${i}`}
              name={`liked-${i}`}
              label="What they liked"
              maxLength={FEEDBACK_TEXT_MAX.liked}
              error={f.error(`liked-${i}`)}
              defaultValue={f.value(`liked-${i}`)}
            />
            <TextInput
              id={`improve-${i}`}
              name={`improve-${i}`}
              label="What would make it better"
              maxLength={FEEDBACK_TEXT_MAX.improve}
              error={f.error(`improve-${i}`)}
              defaultValue={f.value(`improve-${i}`)}
            />
          </div>
        </fieldset>
      ))}
      <Button disabled={pending}>Save answers</Button>
    </form>
  );
}
