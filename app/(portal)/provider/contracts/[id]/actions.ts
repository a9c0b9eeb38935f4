"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { actionStatusSchema } from "@/lib/schemas/contract-meeting";
import { setMeetingActionStatus } from "@/lib/data/contracts/meetings";

/** A provider marks one of its own organisation's meeting actions done, or open again. */
export const setOwnActionStatusAction = defineFormAction({
  permission: "update:meeting-action:own",
  schema: actionStatusSchema,
  run: async (actor, input) => {
    await setMeetingActionStatus(actor, input);
    revalidatePath(`/provider/contracts/${input.contractId}`);
    return { ok: true, message: input.status === "DONE" ? "Marked done." : "Opened again." };
  },
});
