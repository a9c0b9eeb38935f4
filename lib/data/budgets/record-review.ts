import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { addMonths, startOfUtcDay } from "../../domain/dates";
import { REVIEW_OUTCOME_LABEL, type BudgetReviewInput } from "../../schemas/budget";
import { recordAudit } from "../audit/record-audit";
import { lockBudget } from "./lock-budget";

/**
 * Records the review of a running budget: completes the review that is due (or records one held
 * early), books the next one and moves the budget's review date, under the budget's row lock.
 */
export async function recordBudgetReview(actor: Actor, input: BudgetReviewInput, now = new Date()) {
  const today = startOfUtcDay(now);
  if (input.nextReviewDate <= today || input.nextReviewDate > addMonths(today, 24))
    throw new AppError("INVALID", "Choose a next review date within two years.", {
      nextReviewDate: "The next review date must be after today and within two years",
    });
  await prisma.$transaction(async (tx) => {
    const b = await lockBudget(tx, actor, input.id);
    if (b.status !== "ACTIVE") throw new AppError("CONFLICT", "Only a running budget is reviewed.");
    const due = await tx.budgetReview.findFirst({
      where: { AND: [{ councilId: actor.councilId }, { personalBudgetId: b.id, completedAt: null }] },
      orderBy: { dueDate: "asc" },
    });
    const done = {
      completedAt: now,
      outcomesMet: input.outcomesMet,
      outcome: input.outcome,
      reviewerUserId: actor.userId,
    };
    const review = due
      ? await tx.budgetReview.update({ where: { id: due.id }, data: done })
      : await tx.budgetReview.create({
          data: { councilId: actor.councilId, personalBudgetId: b.id, dueDate: today, ...done },
        });
    // Any other open review is replaced by the one booked now.
    await tx.budgetReview.deleteMany({
      where: {
        councilId: actor.councilId,
        personalBudgetId: b.id,
        completedAt: null,
        id: { not: review.id },
      },
    });
    await tx.budgetReview.create({
      data: { councilId: actor.councilId, personalBudgetId: b.id, dueDate: input.nextReviewDate },
    });
    await tx.personalBudget.update({ where: { id: b.id }, data: { nextReviewDate: input.nextReviewDate } });
    await recordAudit(tx, actor, {
      action: "budget:review",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: `Reviewed a budget: outcomes ${REVIEW_OUTCOME_LABEL[input.outcomesMet].toLowerCase()}`,
      metadata: { reviewId: review.id },
    });
  });
}
