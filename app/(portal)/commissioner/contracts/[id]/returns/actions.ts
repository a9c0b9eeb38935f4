"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { reviewReturn } from "@/lib/data/contracts/returns";

const schema = z.object({
  contractId: z.string().min(1).max(40),
  periodId: z.string().min(1).max(40),
  decision: z.enum(["accept", "query"], { error: "Choose to accept the return or query it" }),
  message: z.string().max(5000, "The message must be 5,000 characters or fewer").optional(),
});

export const reviewReturnAction = defineFormAction({
  permission: "update:return:council",
  schema,
  run: async (actor, input) => {
    await reviewReturn(actor, { ...input, message: input.message ?? "" });
    revalidatePath(`/commissioner/contracts/${input.contractId}`, "layout");
    redirect(
      `/commissioner/contracts/${input.contractId}/returns/${input.periodId}?reviewed=${input.decision}`,
    );
  },
});
