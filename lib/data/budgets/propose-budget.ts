import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { addMonths } from "../../domain/dates";
import { formatMoney } from "../../domain/money";
import { checkMixParts } from "../../domain/budgets/budget-parts";
import { checkAssessmentFourEyes } from "../../domain/assessments/assessment-approval";
import { fourEyesApprovers } from "../assessments/four-eyes-approvers";
import type { ProposeBudgetInput } from "../../schemas/budget";
import { BUDGET_TYPE_LABEL } from "../../schemas/budget";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { recordAudit } from "../audit/record-audit";
import { lockAssessment } from "../assessments/lock-assessment";
import { lockBudget } from "./lock-budget";

/**
 * Proposes a personal budget from an approved assessment, with a first draft support plan. The
 * amount is the indicative budget unless the social worker records why it differs. One budget
 * proposed or running per assessment, checked under the assessment's row lock.
 */
export async function proposeBudget(actor: Actor, input: ProposeBudgetInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "budget:propose");
    if (!claim.first) return { id: claim.resultId };
    const a = await lockAssessment(tx, actor, input.assessmentId);
    if (a.status !== "APPROVED")
      throw new AppError("CONFLICT", "A budget can be proposed only from an approved assessment.");
    const open = await tx.personalBudget.findFirst({
      where: {
        AND: [{ councilId: actor.councilId }, { assessmentId: a.id, status: { in: ["PROPOSED", "ACTIVE"] } }],
      },
      select: { id: true },
    });
    if (open)
      throw new AppError(
        "CONFLICT",
        "This assessment already has a budget proposed or running, so nothing was added.",
      );
    const indicative = new Decimal(a.indicativeBudget?.toString() ?? "0");
    const differs = !indicative.equals(input.annualAmount);
    if (differs && !input.amountReason)
      throw new AppError("INVALID", "Say why the amount differs from the indicative budget.", {
        amountReason: `Say why the amount differs from the indicative budget of ${formatMoney(indicative)}`,
      });
    const mix = input.type === "MIX";
    if (mix) {
      const problem = checkMixParts(input.annualAmount, input);
      if (problem) throw new AppError("INVALID", problem.message, { [problem.field]: problem.message });
    }
    const budget = await tx.personalBudget.create({
      data: {
        councilId: actor.councilId,
        childId: a.childId,
        assessmentId: a.id,
        type: input.type,
        status: "PROPOSED",
        annualAmount: input.annualAmount,
        amountReason: differs ? input.amountReason : null,
        directPaymentPart: mix ? (input.directPaymentPart ?? "0") : null,
        managedPart: mix ? (input.managedPart ?? "0") : null,
        individualPart: mix ? (input.individualPart ?? "0") : null,
        startDate: input.startDate,
        endDate: addMonths(input.startDate, 12),
        nextReviewDate: addMonths(input.startDate, input.reviewMonths),
        proposedById: actor.userId,
        plans: {
          create: {
            councilId: actor.councilId,
            version: 1,
            outcomes: "",
            status: "DRAFT",
            createdById: actor.userId,
          },
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "budget:propose",
      entityType: "PersonalBudget",
      entityId: budget.id,
      summary: `Proposed a ${BUDGET_TYPE_LABEL[input.type].toLowerCase()} of ${formatMoney(input.annualAmount)} a year`,
      metadata: { assessmentId: a.id, differsFromIndicative: differs },
    });
    await completeSubmission(tx, input.submissionKey, budget.id);
    return { id: budget.id };
  });
}

export type BudgetDecision = { decision: "APPROVE" } | { decision: "REFUSE"; reason: string };

/**
 * Approves or refuses a proposed budget, four-eyes as for assessments: not the social worker who
 * proposed it, where the council has two or more. Approval starts the budget and books its first
 * review; a refusal ends the proposal with its reason, and the assessment can be given another.
 */
export async function decideBudget(actor: Actor, id: string, input: BudgetDecision) {
  await prisma.$transaction(async (tx) => {
    const b = await lockBudget(tx, actor, id);
    if (b.status !== "PROPOSED")
      throw new AppError("CONFLICT", "This budget is not waiting for approval, so nothing was changed.");
    const approvers = await fourEyesApprovers(tx, actor.councilId);
    const rule = checkAssessmentFourEyes({
      approvers,
      authorId: b.proposedById ?? "",
      deciderId: actor.userId,
      what: "budget",
    });
    if (!rule.ok) throw new AppError("NOT_ALLOWED", rule.reason);
    const now = new Date();
    if (input.decision === "APPROVE") {
      await tx.personalBudget.update({
        where: { id: b.id },
        data: { status: "ACTIVE", approvedById: actor.userId, approvedAt: now },
      });
      await tx.budgetReview.create({
        data: { councilId: actor.councilId, personalBudgetId: b.id, dueDate: b.nextReviewDate },
      });
    } else {
      await tx.personalBudget.update({
        where: { id: b.id },
        data: { status: "ENDED", endedAt: now, refusalReason: input.reason },
      });
    }
    await recordAudit(tx, actor, {
      action: input.decision === "APPROVE" ? "budget:approve" : "budget:refuse",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary:
        input.decision === "APPROVE"
          ? `Approved a budget of ${formatMoney(b.annualAmount)} a year`
          : "Refused a proposed budget",
      metadata: { fourEyes: rule.applied ? "applied" : "not required" },
    });
  });
}
