import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** A family's children, their budgets' next steps and their feedback. Scoped to the actor's family. */
export async function getFamilyDashboard(actor: Actor) {
  const familyId = actor.familyId ?? "__none__";
  const [children, evidenceAwaiting, feedback] = await Promise.all([
    prisma.child.findMany({
      where: { councilId: actor.councilId, familyId, status: { in: ["ACTIVE", "WITHDRAWN"] } },
      orderBy: { dateOfBirth: "asc" },
      select: {
        id: true,
        firstName: true,
        status: true,
        budgets: {
          where: { status: "ACTIVE" },
          select: { id: true, type: true, annualAmount: true, nextReviewDate: true },
        },
      },
    }),
    prisma.spendEvidence.count({
      where: { councilId: actor.councilId, status: "SUBMITTED", personalBudget: { child: { familyId } } },
    }),
    prisma.feedback.findMany({
      where: { councilId: actor.councilId, familyId },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: {
        id: true,
        receiptCode: true,
        status: true,
        createdAt: true,
        // Only published actions: a draft is not yet something the council has done.
        _count: { select: { actions: { where: { publishedAt: { not: null } } } } },
      },
    }),
  ]);
  return { children, evidenceAwaiting, feedback };
}
