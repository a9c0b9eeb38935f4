"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { childFeedbackBatchSchema, feedbackReplySchema } from "@/lib/schemas/feedback";
import { replyToFeedback } from "@/lib/data/feedback/reply-to-feedback";
import { recordChildFeedbackBatch } from "@/lib/data/feedback/record-child-feedback-batch";

export const replyToFeedbackAction = defineFormAction({
  permission: "create:feedback-reply:own",
  schema: feedbackReplySchema,
  run: async (actor, input) => {
    await replyToFeedback(actor, input);
    revalidatePath("/provider/feedback");
    return { ok: true, message: "Reply sent." };
  },
});

export const recordChildFeedbackBatchAction = defineFormAction({
  permission: "create:child-feedback:own",
  schema: childFeedbackBatchSchema,
  run: async (actor, input) => {
    const count = await recordChildFeedbackBatch(actor, input);
    revalidatePath("/provider/feedback");
    return {
      ok: true,
      message:
        count === 0
          ? "These answers were already saved."
          : `${count} ${count === 1 ? "child's answer" : "children's answers"} saved.`,
    };
  },
});
