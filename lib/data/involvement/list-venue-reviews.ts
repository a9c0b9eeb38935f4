import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { englandToday } from "../../domain/involvement/consent";
import type { VenueReviewListView } from "../../domain/involvement/venue-review";
import { pageOf } from "../paging";
import { venueReviewScope } from "../scopes";

export const VENUE_REVIEWS_PAGE_SIZE = 25;

export { VENUE_REVIEW_VIEWS, type VenueReviewListView } from "../../domain/involvement/venue-review";

/** The provider's answers are overdue: submitted, something unanswered, past the due date. */
export function overdueResponseWhere(today: Date): Prisma.VenueReviewWhereInput {
  return { status: "VISITED", responseDueOn: { lt: today } };
}

/** The revisit is overdue: planned for a day before today and not recorded. */
export function overdueRevisitWhere(today: Date): Prisma.VenueReviewWhereInput {
  return { status: "REVISIT_PLANNED", revisitPlannedFor: { lt: today } };
}

/** Sent to the provider and not every recommendation answered yet. */
export const toAnswerWhere: Prisma.VenueReviewWhereInput = { status: "VISITED" };

function viewWhere(view: VenueReviewListView | undefined, today: Date): Prisma.VenueReviewWhereInput {
  switch (view) {
    case "open":
      return { status: { not: "CLOSED" } };
    case "closed":
      return { status: "CLOSED" };
    case "overdue-response":
      return overdueResponseWhere(today);
    case "overdue-revisit":
      return overdueRevisitWhere(today);
    case "to-answer":
      return toAnswerWhere;
    default:
      return {};
  }
}

/**
 * Venue reviews the actor may see (venueReviewScope), newest visit first, one page at a time,
 * with each one's recommendations counted open (no answer or not yet found done) and closed.
 * `organisationId` and `serviceId` narrow it to one provider's or one service's reviews (the
 * contract's, provider's and service's pages); `pageSize` shows the first few there.
 */
export async function listVenueReviews(
  actor: Actor,
  query: {
    page: number;
    view?: VenueReviewListView;
    organisationId?: string;
    serviceId?: string;
    pageSize?: number;
  },
  now = new Date(),
) {
  const today = englandToday(now);
  const pageSize = query.pageSize ?? VENUE_REVIEWS_PAGE_SIZE;
  const where: Prisma.VenueReviewWhereInput = {
    AND: [
      venueReviewScope(actor),
      viewWhere(query.view, today),
      query.organisationId ? { organisationId: query.organisationId } : {},
      query.serviceId ? { serviceId: query.serviceId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.venueReview.findMany({
      where,
      orderBy: [{ plannedFor: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        venueName: true,
        status: true,
        outcome: true,
        plannedFor: true,
        visitedOn: true,
        responseDueOn: true,
        revisitPlannedFor: true,
        organisation: { select: { name: true } },
        recommendations: { select: { status: true, revisitOutcome: true } },
      },
    }),
    prisma.venueReview.count({ where }),
  ]);
  return pageOf(
    rows.map(({ recommendations, ...r }) => {
      const done = recommendations.filter((x) => x.revisitOutcome === "DONE").length;
      return {
        ...r,
        recommendations: recommendations.length,
        unanswered: recommendations.filter((x) => x.status === "OPEN").length,
        done,
        /** The due date the provider's answers missed, or null. */
        responseOverdueSince:
          r.status === "VISITED" && r.responseDueOn && r.responseDueOn < today ? r.responseDueOn : null,
        /** The revisit date that passed unrecorded, or null. */
        revisitOverdueSince:
          r.status === "REVISIT_PLANNED" && r.revisitPlannedFor && r.revisitPlannedFor < today
            ? r.revisitPlannedFor
            : null,
      };
    }),
    total,
    query.page,
    pageSize,
  );
}

/**
 * The commissioner's overview: venues reviewed, recommendations open and closed, answers and
 * revisits overdue. A recommendation is closed once its review is closed.
 */
export async function venueReviewSummary(actor: Actor, now = new Date()) {
  const today = englandToday(now);
  const scope = venueReviewScope(actor);
  const [venues, open, closed, overdueResponses, overdueRevisits] = await Promise.all([
    prisma.venueReview.findMany({
      where: { AND: [scope, { status: { not: "PLANNED" } }] },
      distinct: ["venueName"],
      select: { venueName: true },
    }),
    prisma.venueRecommendation.count({ where: { review: { AND: [scope, { status: { not: "CLOSED" } }] } } }),
    prisma.venueRecommendation.count({ where: { review: { AND: [scope, { status: "CLOSED" }] } } }),
    prisma.venueReview.count({ where: { AND: [scope, overdueResponseWhere(today)] } }),
    prisma.venueReview.count({ where: { AND: [scope, overdueRevisitWhere(today)] } }),
  ]);
  return { venues: venues.length, open, closed, overdueResponses, overdueRevisits };
}
