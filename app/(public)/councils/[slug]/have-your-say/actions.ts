"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { createPublicChildFeedback, publicAddressKey } from "@/lib/data/feedback/create-child-feedback";

const councilSchema = z.object({ council: z.string().min(1).max(80) }).loose();

/** The public Easy Read form: anyone may send it, once per form, a few times an hour per address. */
export async function createPublicChildFeedbackAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:feedback:public");
    const { council, ...rest } = parseForm(councilSchema, formObject(formData));
    const h = await headers();
    const address = h.get("x-forwarded-for")?.split(",")[0] ?? h.get("x-real-ip") ?? "unknown";
    const receipt = await createPublicChildFeedback(council, rest, publicAddressKey(address));
    return { ok: true, data: { receiptCode: receipt.receiptCode } };
  });
}
