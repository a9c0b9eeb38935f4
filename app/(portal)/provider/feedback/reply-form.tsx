"use client";

import { useActionState } from "react";
import { replyToFeedbackAction } from "./actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FEEDBACK_TEXT_MAX } from "@/lib/domain/feedback-questions";

export function ReplyForm({
  feedbackId,
  receiptCode,
  submissionKey,
}: {
  feedbackId: string;
  receiptCode: string;
  submissionKey: string;
}) {
  const [state, action, pending] = useActionState(replyToFeedbackAction, null);
  const f = formFeedback(state, ["body"], { body: `reply-${feedbackId}` });
  if (f.succeeded)
    return (
      <p role="status" className="mb-4 font-bold text-success">
        {f.succeeded.message}
      </p>
    );
  return (
    <form action={action} noValidate aria-busy={pending} className="max-w-[75ch]">
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <Textarea
        id={`reply-${feedbackId}`}
        name="body"
        label={`Reply to ${receiptCode}`}
        labelSize="s"
        hint="The person who gave the feedback and the council can read your reply."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.reply}
        error={f.error("body")}
        defaultValue={f.value("body")}
      />
      <Button variant="secondary" disabled={pending}>
        Send reply
      </Button>
    </form>
  );
}
