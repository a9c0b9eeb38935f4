"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { publicChildFeedbackSchema } from "@/lib/schemas/feedback";
import { createPublicChildFeedback, publicAddressKey } from "@/lib/data/feedback/create-child-feedback";

/** The public Easy Read form: anyone may send it, once per form, a few times an hour per address. */
export const createPublicChildFeedbackAction = defineFormAction({
  permission: "create:feedback:public",
  schema: publicChildFeedbackSchema,
  run: async (_actor, { council, ...rest }): Promise<FormState<{ receiptCode: string }>> => {
    const h = await headers();
    const address = h.get("x-forwarded-for")?.split(",")[0] ?? h.get("x-real-ip") ?? "unknown";
    const receipt = await createPublicChildFeedback(council, rest, publicAddressKey(address));
    return { ok: true, data: { receiptCode: receipt.receiptCode } };
  },
});
