"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  agreePlanSchema,
  budgetDecisionSchema,
  budgetReviewSchema,
  budgetIdSchema,
  evidenceDecisionSchema,
  markPaymentPaidSchema,
  paymentScheduleSchema,
  planItemRemovalSchema,
  planItemSchema,
  planOutcomesSchema,
  proposeBudgetSchema,
  recordPaymentSchema,
  stopPaymentScheduleSchema,
} from "@/lib/schemas/budget";
import { decideBudget, proposeBudget } from "@/lib/data/budgets/propose-budget";
import {
  addPlanItem,
  agreePlan,
  removePlanItem,
  savePlanOutcomes,
  startNewPlanVersion,
} from "@/lib/data/budgets/support-plan";
import { recordPayment } from "@/lib/data/budgets/record-payment";
import { recordBudgetReview } from "@/lib/data/budgets/record-review";
import { decideEvidence } from "@/lib/data/budgets/spend-evidence";
import {
  markPaymentPaid,
  setPaymentSchedule,
  stopPaymentSchedule,
} from "@/lib/data/budgets/payment-schedule";
import { route } from "@/lib/routes/route";

const budgetPage = (id: string) => route(`/social-worker/budgets/${id}`);
const planPage = (id: string) => route(`/social-worker/budgets/${id}/plan`);

export const proposeBudgetAction = defineFormAction({
  permission: "create:budget:council",
  schema: proposeBudgetSchema,
  read: (formData) => foldDateParts(formObject(formData), "startDate"),
  run: async (actor, input) => {
    const { id } = await proposeBudget(actor, input);
    redirect(id ? budgetPage(id) : route(`/social-worker/assessments/${input.assessmentId}`));
  },
});

export const decideBudgetAction = defineFormAction({
  permission: "approve:budget:council",
  schema: budgetDecisionSchema,
  run: async (actor, input) => {
    await decideBudget(
      actor,
      input.id,
      input.decision === "APPROVE"
        ? { decision: "APPROVE" }
        : { decision: "REFUSE", reason: input.reason ?? "" },
    );
    revalidatePath(budgetPage(input.id));
    return {
      ok: true,
      message: input.decision === "APPROVE" ? "The budget is approved." : "The budget is refused.",
    };
  },
});

export const savePlanOutcomesAction = defineFormAction({
  permission: "update:budget:council",
  schema: planOutcomesSchema,
  run: async (actor, { id, outcomes, editVersion }) => {
    await savePlanOutcomes(actor, id, outcomes, editVersion);
    revalidatePath(planPage(id));
    return { ok: true, message: "The outcomes are saved." };
  },
});

export const addPlanItemAction = defineFormAction({
  permission: "update:budget:council",
  schema: planItemSchema,
  run: async (actor, { id, editVersion, ...item }) => {
    await addPlanItem(actor, id, item, editVersion);
    revalidatePath(planPage(id));
    return { ok: true, message: "The item is added to the plan." };
  },
});

export const removePlanItemAction = defineFormAction({
  permission: "update:budget:council",
  schema: planItemRemovalSchema,
  run: async (actor, { id, itemId, editVersion }) => {
    await removePlanItem(actor, id, itemId, editVersion);
    // Back to the plan without the confirmation's `?remove=`.
    redirect(planPage(id));
  },
});

export const agreePlanAction = defineFormAction({
  permission: "update:budget:council",
  schema: agreePlanSchema,
  run: async (actor, { id, overBudgetReason, editVersion }) => {
    await agreePlan(actor, id, overBudgetReason, editVersion);
    redirect(budgetPage(id));
  },
});

export const startPlanVersionAction = defineFormAction({
  permission: "update:budget:council",
  schema: budgetIdSchema,
  run: async (actor, { id }) => {
    await startNewPlanVersion(actor, id);
    redirect(planPage(id));
  },
});

export const recordPaymentAction = defineFormAction({
  permission: "update:budget:council",
  schema: recordPaymentSchema,
  read: (formData) => foldDateParts(formObject(formData), "paidOn"),
  run: async (actor, input) => {
    const { repeated } = await recordPayment(actor, input);
    revalidatePath(budgetPage(input.id));
    return {
      ok: true,
      message: repeated ? "This payment was already recorded." : "The payment is recorded.",
    };
  },
});

export const recordBudgetReviewAction = defineFormAction({
  permission: "update:budget:council",
  schema: budgetReviewSchema,
  read: (formData) => foldDateParts(formObject(formData), "nextReviewDate"),
  run: async (actor, input) => {
    await recordBudgetReview(actor, input);
    revalidatePath(budgetPage(input.id));
    return { ok: true, message: "The review is recorded and the next one booked." };
  },
});

export const decideEvidenceAction = defineFormAction({
  permission: "update:budget:council",
  schema: evidenceDecisionSchema,
  run: async (actor, input) => {
    const { status, budgetId } = await decideEvidence(actor, input);
    // Back to the budget, which says what was done: the decided item's form is gone from its page.
    redirect(
      `/social-worker/budgets/${budgetId}?evidence=${status.toLowerCase() as Lowercase<typeof status>}`,
    );
  },
});

export const setPaymentScheduleAction = defineFormAction({
  permission: "update:budget:council",
  schema: paymentScheduleSchema,
  read: (formData) => foldDateParts(formObject(formData), "firstDue"),
  run: async (actor, input) => {
    await setPaymentSchedule(actor, input);
    revalidatePath(budgetPage(input.id));
    return {
      ok: true,
      message: "The payment schedule is saved. Each payment will show here when it falls due.",
    };
  },
});

export const stopPaymentScheduleAction = defineFormAction({
  permission: "update:budget:council",
  schema: stopPaymentScheduleSchema,
  run: async (actor, { id, editVersion }) => {
    await stopPaymentSchedule(actor, id, editVersion);
    revalidatePath(budgetPage(id));
    return { ok: true, message: "The payment schedule is stopped." };
  },
});

export const markPaymentPaidAction = defineFormAction({
  permission: "update:budget:council",
  schema: markPaymentPaidSchema,
  read: (formData) => foldDateParts(formObject(formData), "paidOn"),
  run: async (actor, input) => {
    await markPaymentPaid(actor, input);
    // The paid payment's form is gone from the page, which says what was done.
    redirect(`/social-worker/budgets/${input.id}?payment=paid`);
  },
});
