import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { addDays, startOfUtcDay } from "../../domain/dates";
import { budgetEvidenceWhere, evidenceDeadlineDays } from "../budgets/get-budget";
import { budgetPaymentsDueWhere } from "../budgets/payment-schedule";

/** Assessments to finish or decide, budget reviews due, spend evidence to check and budgets to approve. */
export async function getSocialWorkerDashboard(actor: Actor, now = new Date()) {
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId };
  const deadline = await evidenceDeadlineDays(actor);
  const [
    draftAssessments,
    submittedAssessments,
    reviewsDue,
    evidenceToCheck,
    budgetsAtRisk,
    budgetsProposed,
    paymentsDue,
  ] = await Promise.all([
    prisma.assessment.findMany({
      // A refused assessment is back with its social worker to change and send again.
      where: { AND: [scope, { status: { in: ["DRAFT", "REFUSED"] } }] },
      orderBy: { updatedAt: "asc" },
      take: 10,
      select: {
        id: true,
        status: true,
        updatedAt: true,
        child: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.assessment.findMany({
      where: { AND: [scope, { status: "SUBMITTED" }] },
      orderBy: { submittedAt: "asc" },
      take: 10,
      select: {
        id: true,
        submittedAt: true,
        socialWorkerUserId: true,
        child: { select: { firstName: true, lastName: true } },
      },
    }),
    prisma.budgetReview.findMany({
      where: { AND: [scope, { completedAt: null, dueDate: { lt: addDays(today, 31) } }] },
      orderBy: { dueDate: "asc" },
      take: 10,
      select: {
        id: true,
        dueDate: true,
        personalBudget: {
          select: { id: true, type: true, child: { select: { firstName: true, lastName: true } } },
        },
      },
    }),
    prisma.personalBudget.count({ where: { AND: [scope, budgetEvidenceWhere("waiting", deadline, now)] } }),
    prisma.personalBudget.count({ where: { AND: [scope, budgetEvidenceWhere("at-risk", deadline, now)] } }),
    prisma.personalBudget.count({ where: { AND: [scope, { status: "PROPOSED" }] } }),
    prisma.personalBudget.count({ where: { AND: [scope, budgetPaymentsDueWhere(now)] } }),
  ]);
  return {
    draftAssessments,
    submittedAssessments,
    reviewsDue: reviewsDue.map((r) => ({ ...r, overdue: r.dueDate < today })),
    evidenceToCheck,
    budgetsAtRisk,
    evidenceDeadlineDays: deadline,
    budgetsProposed,
    paymentsDue,
  };
}
