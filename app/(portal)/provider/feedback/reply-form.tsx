"use client";

import { replyToFeedbackAction } from "./actions";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
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
  return (
    <ActionForm
      action={replyToFeedbackAction}
      fields={["body"]}
      anchors={{ body: `reply-${feedbackId}` }}
      submitLabel="Send reply"
      submitVariant="secondary"
      className="max-w-[75ch]"
      done={(succeeded) => (
        <p role="status" className="mb-4 font-bold text-success">
          {succeeded.message}
        </p>
      )}
    >
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <FormTextarea
        id={`reply-${feedbackId}`}
        name="body"
        label={`Reply to ${receiptCode}`}
        labelSize="s"
        hint="The person who gave the feedback and the council can read your reply."
        rows={3}
        maxLength={FEEDBACK_TEXT_MAX.reply}
      />
    </ActionForm>
  );
}
