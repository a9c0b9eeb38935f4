"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  assessmentDecisionSchema,
  assessmentIdSchema,
  assessmentSummarySchema,
  domainAnswersSchema,
  startAssessmentSchema,
  unregisteredChildSchema,
} from "@/lib/schemas/assessment";
import { recordUnregisteredChild } from "@/lib/data/assessments/record-unregistered-child";
import { startAssessment } from "@/lib/data/assessments/start-assessment";
import { saveAssessmentSummary, saveDomainAnswers } from "@/lib/data/assessments/update-assessment";
import { submitAssessment } from "@/lib/data/assessments/submit-assessment";
import { decideAssessment } from "@/lib/data/assessments/decide-assessment";
import { route } from "@/lib/routes/route";

export const startAssessmentAction = defineFormAction({
  permission: "create:assessment:council",
  schema: startAssessmentSchema,
  run: async (actor, { childId }) => {
    const { id } = await startAssessment(actor, childId);
    redirect(route(`/social-worker/assessments/${id}`));
  },
});

/** A child who is not on the register, recorded so that they can be assessed. */
export const recordUnregisteredChildAction = defineFormAction({
  permission: "create:child:council",
  schema: unregisteredChildSchema,
  read: (formData) => foldDateParts(formObject(formData), "dateOfBirth"),
  run: async (actor, input) => {
    const { id } = await recordUnregisteredChild(actor, input);
    redirect(route(`/social-worker/children/${id}`));
  },
});

export const saveAssessmentSummaryAction = defineFormAction({
  permission: "update:assessment:council",
  schema: assessmentSummarySchema,
  run: async (actor, { id, summary }) => {
    await saveAssessmentSummary(actor, id, summary);
    redirect(route(`/social-worker/assessments/${id}`));
  },
});

export const saveDomainAnswersAction = defineFormAction({
  permission: "update:assessment:council",
  schema: domainAnswersSchema,
  run: async (actor, { id, domain, intent, answers }) => {
    await saveDomainAnswers(actor, id, domain, answers);
    // "Save and continue" goes to the next domain (the page sends "save" on the last one).
    if (intent === "continue") redirect(route(`/social-worker/assessments/${id}/domains/${domain + 1}`));
    redirect(route(`/social-worker/assessments/${id}`));
  },
});

export const submitAssessmentAction = defineFormAction({
  permission: "update:assessment:council",
  schema: assessmentIdSchema,
  run: async (actor, { id }) => {
    await submitAssessment(actor, id);
    revalidatePath(route(`/social-worker/assessments/${id}`));
    return { ok: true, message: "The assessment has been sent for approval." };
  },
});

export const decideAssessmentAction = defineFormAction({
  permission: "approve:assessment:council",
  schema: assessmentDecisionSchema,
  run: async (actor, input) => {
    await decideAssessment(actor, input.id, input);
    revalidatePath(route(`/social-worker/assessments/${input.id}`));
    return {
      ok: true,
      message: input.decision === "APPROVE" ? "The assessment is approved." : "The assessment is refused.",
    };
  },
});
