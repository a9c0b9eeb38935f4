import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { readRatings } from "../../domain/involvement/venue-review";
import { venueReviewScope } from "../scopes";

/** One venue review as the actor may see it (venueReviewScope): the report, the answers, the revisit. */
export async function getVenueReview(actor: Actor, reviewId: string) {
  const r = await prisma.venueReview.findFirst({
    where: { AND: [venueReviewScope(actor), { id: reviewId }] },
    select: {
      id: true,
      venueName: true,
      status: true,
      outcome: true,
      plannedFor: true,
      visitedOn: true,
      submittedAt: true,
      responseDueOn: true,
      revisitPlannedFor: true,
      closedAt: true,
      ratings: true,
      summary: true,
      organisation: { select: { id: true, name: true } },
      service: { select: { id: true, name: true } },
      supportStaff: { select: { user: { select: { name: true } } } },
      reviewers: {
        orderBy: { user: { name: "asc" } },
        select: { id: true, user: { select: { name: true } } },
      },
      recommendations: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          text: true,
          status: true,
          providerResponse: true,
          plannedBy: true,
          respondedAt: true,
          revisitOutcome: true,
          revisitFinding: true,
        },
      },
      revisits: { orderBy: { visitedOn: "desc" }, select: { id: true, visitedOn: true, summary: true } },
      photos: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fileId: true, caption: true },
      },
    },
  });
  if (!r) throw new NotFoundError("The venue review");
  return {
    ...r,
    ratings: readRatings(r.ratings),
    supportStaffName: r.supportStaff?.user.name ?? null,
    team: r.reviewers.map((m) => ({ id: m.id, name: m.user.name })),
    onTeam: r.reviewers.some((m) => m.id === actor.membershipId),
  };
}

export type VenueReviewView = Awaited<ReturnType<typeof getVenueReview>>;
