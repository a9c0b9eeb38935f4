"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { recordYoungPanelDecision } from "@/lib/data/tenders/award";

const decisionSchema = z.object({
  tenderId: z.string().min(1).max(40),
  decision: z.enum(["approve", "reject"], { error: "Choose yes or no" }),
  note: z.string().trim().max(2000, "Your reason must be 2,000 characters or fewer").optional(),
});

export async function youngPanelDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "approve:award:assigned");
    const { tenderId, decision, note } = parseForm(decisionSchema, formObject(formData));
    await recordYoungPanelDecision(actor!, { tenderId, approve: decision === "approve", note: note || null });
    revalidatePath(`/young-commissioner/panels/${tenderId}`);
    redirect(`/young-commissioner/panels/${tenderId}?answered=${decision}`);
  });
}
