"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { recordYoungPanelDecision } from "@/lib/data/tenders/award";

const decisionSchema = z.object({
  tenderId: z.string().min(1).max(40),
  decision: z.enum(["approve", "reject"], { error: "Choose yes or no" }),
  note: z.string().trim().max(2000, "Your reason must be 2,000 characters or fewer").optional(),
});

export const youngPanelDecisionAction = defineFormAction({
  permission: "approve:award:assigned",
  schema: decisionSchema,
  run: async (actor, { tenderId, decision, note }) => {
    await recordYoungPanelDecision(actor, { tenderId, approve: decision === "approve", note: note || null });
    revalidatePath(`/young-commissioner/panels/${tenderId}`);
    redirect(`/young-commissioner/panels/${tenderId}?answered=${decision}`);
  },
});
