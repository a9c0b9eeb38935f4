"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, runAction, type FormState } from "@/lib/actions/form-state";
import { replyToFeedback } from "@/lib/data/feedback/reply-to-feedback";
import { recordChildFeedbackBatch } from "@/lib/data/feedback/record-child-feedback-batch";

export async function replyToFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:feedback-reply:own");
    await replyToFeedback(actor!, formObject(formData));
    revalidatePath("/provider/feedback");
    return { ok: true, message: "Reply sent." };
  });
}

export async function recordChildFeedbackBatchAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:child-feedback:own");
    const count = await recordChildFeedbackBatch(actor!, formObject(formData));
    revalidatePath("/provider/feedback");
    return {
      ok: true,
      message:
        count === 0
          ? "These answers were already saved."
          : `${count} ${count === 1 ? "child's answer" : "children's answers"} saved.`,
    };
  });
}
