"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { readRankingForm, savePriorityRankingSchema } from "@/lib/schemas/priorities";
import { savePriorityRanking } from "@/lib/data/priorities/save-priority-ranking";

/** A young commissioner's ranking (sent again, it replaces the last one). */
export const savePriorityRankingAction = defineFormAction({
  permission: "update:priority-ranking:own",
  schema: savePriorityRankingSchema,
  read: (formData) => readRankingForm(formObject(formData)),
  run: async (actor, input) => {
    await savePriorityRanking(actor, input);
    revalidatePath("/young-commissioner/priorities");
    redirect(`/young-commissioner/priorities/${input.roundId}?sent=1`);
  },
});
