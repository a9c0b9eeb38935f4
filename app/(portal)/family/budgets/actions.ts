"use server";

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
    const { budgetId } = await answerEvidenceQuery(actor, input, formData.get("receipt"));
    // The answered question's form is gone from the page, which says the answer was sent.
    redirect(`/family/budgets/${budgetId}/evidence/${input.id}?sent=answer`);
  },
});
