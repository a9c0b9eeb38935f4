import type { Actor } from "../../auth/actor";
import { contractScope, venueReviewScope } from "../scopes";
import { toAnswerWhere } from "../involvement/list-venue-reviews";
import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { toAcknowledgeWhere } from "../announcements/audience";
import { currentContractWhere, queriedReturnWhere } from "../contracts/contract-predicates";
import { openMeetingActionsWhere } from "../contracts/meetings";
import { openForBidsTenderWhere } from "../tenders/publicly-visible";

/** Where each linked tile leads: the list there, read with its page's schema, has the tile's number of rows. */
export const PROVIDER_TILE_LINKS = {
  contracts: "/provider/contracts?current=1",
  queried: "/provider/contracts?queried=1",
  overdueActions: "/provider/meeting-actions",
  reviewsToAnswer: "/provider/venue-reviews?view=to-answer",
} as const;

/** The organisation's returns to send, announcements to acknowledge, open tenders and review responses. */
export async function getProviderDashboard(actor: Actor, now = new Date()) {
  const organisationId = actor.organisationId ?? "__none__";
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId };
  const toAcknowledge = await toAcknowledgeWhere(actor, now);
  const [periodsToReturn, queried, announcements, openTenders, reviewsToAnswer, contracts, overdueActions] =
    await Promise.all([
      // Periods that have ended with no return sent yet (none, or still a draft).
      prisma.returnPeriod.findMany({
        where: {
          AND: [
            scope,
            {
              endDate: { lt: today },
              contract: { organisationId },
              OR: [{ outcomeReturn: null }, { outcomeReturn: { status: "DRAFT" } }],
            },
          ],
        },
        orderBy: { dueDate: "asc" },
        take: 20,
        select: {
          id: true,
          label: true,
          dueDate: true,
          contract: { select: { id: true, reference: true, title: true } },
        },
      }),
      prisma.contract.count({ where: { AND: [contractScope(actor), queriedReturnWhere] } }),
      prisma.announcement.findMany({
        where: toAcknowledge,
        orderBy: { publishedAt: "desc" },
        select: { id: true, title: true, publishedAt: true },
      }),
      prisma.tender.findMany({
        where: { AND: [scope, openForBidsTenderWhere(now)] },
        orderBy: { submissionDeadline: "asc" },
        select: {
          id: true,
          title: true,
          submissionDeadline: true,
          bids: { where: { organisationId }, select: { status: true } },
        },
      }),
      prisma.venueReview.count({ where: { AND: [venueReviewScope(actor), toAnswerWhere] } }),
      prisma.contract.count({ where: { AND: [contractScope(actor), currentContractWhere(today)] } }),
      prisma.meetingAction.count({ where: openMeetingActionsWhere(actor, true, now) }),
    ]);
  return {
    periodsToReturn: periodsToReturn.map((p) => ({ ...p, overdue: p.dueDate < today })),
    queried,
    announcements,
    openTenders: openTenders.map((t) => ({ ...t, bidStatus: t.bids[0]?.status ?? null })),
    reviewsToAnswer,
    contracts,
    overdueActions,
  };
}
