"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { reviewReturn } from "@/lib/data/contracts/returns";

const schema = z.object({
  contractId: z.string().min(1).max(40),
  periodId: z.string().min(1).max(40),
  decision: z.enum(["accept", "query"], { error: "Choose to accept the return or query it" }),
  message: z.string().max(5000, "The message must be 5,000 characters or fewer").optional(),
});

export async function reviewReturnAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:return:council");
    const input = parseForm(schema, formObject(formData));
    await reviewReturn(actor!, { ...input, message: input.message ?? "" });
    revalidatePath(`/commissioner/contracts/${input.contractId}`, "layout");
    redirect(
      `/commissioner/contracts/${input.contractId}/returns/${input.periodId}?reviewed=${input.decision}`,
    );
  });
}
