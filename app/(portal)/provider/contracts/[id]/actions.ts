"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { actionStatusSchema } from "@/lib/schemas/contract-meeting";
import { setMeetingActionStatus } from "@/lib/data/contracts/meetings";

/** A provider marks one of its own organisation's meeting actions done, or open again. */
export async function setOwnActionStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:meeting-action:own");
    const input = parseForm(actionStatusSchema, formObject(formData));
    await setMeetingActionStatus(actor!, input);
    revalidatePath(`/provider/contracts/${input.contractId}`);
    return { ok: true, message: input.status === "DONE" ? "Marked done." : "Opened again." };
  });
}
