"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, runAction, type FormState } from "@/lib/actions/form-state";
import { createParentFeedback } from "@/lib/data/feedback/create-parent-feedback";
import { createChildFeedback } from "@/lib/data/feedback/create-child-feedback";

export async function createParentFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:feedback:own");
    const id = await createParentFeedback(actor!, formObject(formData));
    revalidatePath("/family/feedback");
    redirect(`/family/feedback/${id}?sent=1`);
  });
}

export async function createChildFeedbackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:feedback:own");
    const receipt = await createChildFeedback(actor!, formObject(formData));
    revalidatePath("/family/feedback");
    return { ok: true, data: { receiptCode: receipt.receiptCode, id: receipt.id } };
  });
}
