import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { ENDING_WINDOW_MONTHS } from "../../domain/contract-status";
import { returnsViewWhere } from "../contracts/list-returns";
import { openMeetingActionsWhere } from "../contracts/meetings";
import { atRagWhere, endingWithinMonthsWhere } from "../contracts/contract-predicates";

/** Where each linked tile leads: the list there, read with its page's schema, has the tile's number of rows. */
export const COMMISSIONER_TILE_LINKS = {
  returnsToReview: "/commissioner/returns?view=review",
  overdueReturns: "/commissioner/returns?view=overdue",
  endingWithin6Months: `/commissioner/contracts?ending=${ENDING_WINDOW_MONTHS}`,
  overdueActions: "/commissioner/meeting-actions",
  redContracts: "/commissioner/contracts?rag=RED",
} as const;

/** The commissioner's to-dos across the cycle, for their council. */
export async function getCommissionerDashboard(actor: Actor, now = new Date()) {
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId };
  const contracts = contractScope(actor);
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
      where: { AND: [contracts, endingWithinMonthsWhere(ENDING_WINDOW_MONTHS, today)] },
      _count: true,
      _sum: { annualValue: true },
    }),
    prisma.specification.count({ where: { AND: [scope, { status: "AWAITING_APPROVAL" }] } }),
    prisma.tender.groupBy({
      by: ["status"],
      where: { AND: [scope, { status: { in: ["PUBLISHED", "CLOSED", "IN_EVALUATION"] } }] },
      _count: true,
    }),
    prisma.feedback.count({ where: { AND: [scope, { tags: { none: {} } }] } }),
    prisma.meetingAction.count({ where: openMeetingActionsWhere(actor, true, now) }),
    prisma.contract.count({ where: { AND: [contracts, atRagWhere("RED", today)] } }),
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
