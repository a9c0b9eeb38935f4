import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { addMonths, startOfUtcDay } from "../../domain/dates";
import { returnsViewWhere } from "../contracts/list-returns";

/** The commissioner's to-dos across the cycle, for their council. */
export async function getCommissionerDashboard(actor: Actor, now = new Date()) {
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId };
  const live = { ...scope, terminatedAt: null, endDate: { gte: today } };
  const [
    returnsToReview,
    overdueReturns,
    ending,
    specsAwaiting,
    tenders,
    untaggedFeedback,
    overdueActions,
    redContracts,
  ] = await Promise.all([
    prisma.returnPeriod.count({ where: returnsViewWhere(actor, "review", now) }),
    prisma.returnPeriod.count({ where: returnsViewWhere(actor, "overdue", now) }),
    prisma.contract.aggregate({
      where: { ...live, endDate: { gte: today, lt: addMonths(today, 6) } },
      _count: true,
      _sum: { annualValue: true },
    }),
    prisma.specification.count({ where: { ...scope, status: "AWAITING_APPROVAL" } }),
    prisma.tender.groupBy({
      by: ["status"],
      where: { ...scope, status: { in: ["PUBLISHED", "CLOSED", "IN_EVALUATION"] } },
      _count: true,
    }),
    prisma.feedback.count({ where: { ...scope, tags: { none: {} } } }),
    prisma.meetingAction.count({ where: { ...scope, status: "OPEN", dueDate: { lt: today } } }),
    prisma.contract.count({ where: { ...live, currentRag: "RED" } }),
  ]);
  const tenderCount = (s: string) => tenders.find((t) => t.status === s)?._count ?? 0;
  return {
    returnsToReview,
    overdueReturns,
    endingWithin6Months: { count: ending._count, annualValue: ending._sum.annualValue?.toString() ?? "0" },
    specsAwaiting,
    tendersOpen: tenderCount("PUBLISHED"),
    tendersToEvaluate: tenderCount("CLOSED") + tenderCount("IN_EVALUATION"),
    untaggedFeedback,
    overdueActions,
    redContracts,
  };
}
