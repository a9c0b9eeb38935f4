"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { childFeedbackSchema, parentFeedbackSchema } from "@/lib/schemas/feedback";
import type { FormState } from "@/lib/actions/form-state";
import { createParentFeedback } from "@/lib/data/feedback/create-parent-feedback";
import { createChildFeedback } from "@/lib/data/feedback/create-child-feedback";

export const createParentFeedbackAction = defineFormAction({
  permission: "create:feedback:own",
  schema: parentFeedbackSchema,
  run: async (actor, input) => {
    const id = await createParentFeedback(actor, input);
    revalidatePath("/family/feedback");
    redirect(`/family/feedback/${id}?sent=1`);
  },
});

export const createChildFeedbackAction = defineFormAction({
  permission: "create:feedback:own",
  schema: childFeedbackSchema,
  run: async (actor, input): Promise<FormState<{ receiptCode: string; id: string }>> => {
    const receipt = await createChildFeedback(actor, input);
    revalidatePath("/family/feedback");
    return { ok: true, data: { receiptCode: receipt.receiptCode, id: receipt.id } };
  },
});
