import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";
import { venueReviewScope } from "../scopes";

/**
 * Locks one council's venue review row until the transaction ends, then reads it through the
 * actor's scope: every change of a review's state takes this lock first, so the state read after
 * it is the state the write depends on. Missing or outside the actor's scope: not found.
 */
export async function lockVenueReview(tx: Tx, actor: Actor, reviewId: string) {
  await tx.$queryRaw`SELECT id FROM "VenueReview" WHERE id = ${reviewId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
  const review = await tx.venueReview.findFirst({
    where: { AND: [venueReviewScope(actor), { id: reviewId }] },
    select: {
      id: true,
      status: true,
      venueName: true,
      organisationId: true,
      plannedFor: true,
      reviewers: { select: { id: true } },
      recommendations: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, status: true, text: true },
      },
    },
  });
  if (!review) throw new NotFoundError("The venue review");
  return review;
}
