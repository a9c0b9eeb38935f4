"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import { evidenceAnswerSchema, spendEvidenceSchema } from "@/lib/schemas/budget";
import { answerEvidenceQuery, submitEvidence } from "@/lib/data/budgets/spend-evidence";
import { route } from "@/lib/routes/route";

export const submitEvidenceAction = defineFormAction({
  permission: "submit:evidence:own",
  schema: spendEvidenceSchema,
  read: (formData) => foldDateParts(formObject(formData), "spentOn"),
  run: async (actor, input, formData) => {
    const { id } = await submitEvidence(actor, input, formData.get("receipt"));
    // A repeated submit has no id of its own to show: back to the budget, where the first one is listed.
    redirect(id ? `/family/budgets/${input.id}/evidence/${id}?sent=1` : route(`/family/budgets/${input.id}`));
  },
});

export const answerEvidenceAction = defineFormAction({
  permission: "submit:evidence:own",
  schema: evidenceAnswerSchema,
  run: async (actor, input, formData) => {
    const { repeated } = await answerEvidenceQuery(actor, input, formData.get("receipt"));
    revalidatePath("/family/budgets", "layout");
    return {
      ok: true,
      message: repeated
        ? "Your answer was already sent."
        : "Your answer is sent. Your social worker will look at the evidence again.",
    };
  },
});
