import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { addDays } from "../../domain/dates";
import { englandToday } from "../../domain/involvement/consent";
import { RESPONSE_DAYS, REVIEW_AREAS, type ReviewRatings } from "../../domain/involvement/venue-review";
import { recordAudit } from "../audit/record-audit";
import { notifyOrganisations } from "../tenders/notify";
import { lockVenueReview } from "./lock-venue-review";

export interface SubmitVenueReviewInput {
  reviewId: string;
  visitedOn: Date;
  ratings: ReviewRatings;
  whatWasGood: string | null;
  recommendations: string[];
}

/**
 * A young commissioner on the team sends the team's review: the visit date (not in the future),
 * picture ratings (at least one), what was good and their recommendations. It goes to the
 * organisation running the service, whose answers are due in RESPONSE_DAYS; with no
 * recommendations there is nothing to answer, and the review closes.
 */
export async function submitVenueReview(actor: Actor, input: SubmitVenueReviewInput, now = new Date()) {
  const rated = REVIEW_AREAS.filter((a) => input.ratings[a.code]);
  if (rated.length === 0)
    throw new AppError("INVALID", "Pick a face for at least one thing.", {
      ratings: "Pick a face for at least one thing you saw",
    });
  const today = englandToday(now);
  if (input.visitedOn > today)
    throw new AppError("INVALID", "Check the date of the visit.", {
      visitedOn: "The day you visited must be today or before",
    });
  await prisma.$transaction(async (tx) => {
    const review = await lockVenueReview(tx, actor, input.reviewId);
    if (review.status !== "PLANNED")
      throw new AppError("CONFLICT", "This review has already been sent. Nothing was changed.");
    const closes = input.recommendations.length === 0;
    await tx.venueReview.update({
      where: { id: review.id },
      data: {
        status: closes ? "CLOSED" : "VISITED",
        outcome: closes ? "NOTHING_TO_CHANGE" : null,
        closedAt: closes ? now : null,
        visitedOn: input.visitedOn,
        ratings: input.ratings,
        summary: input.whatWasGood,
        submittedAt: now,
        submittedById: actor.userId,
        responseDueOn: closes ? null : addDays(today, RESPONSE_DAYS),
      },
    });
    await tx.venueRecommendation.createMany({
      data: input.recommendations.map((text, position) => ({
        councilId: actor.councilId,
        reviewId: review.id,
        position,
        text,
      })),
    });
    await notifyOrganisations(tx, actor.councilId, [review.organisationId], {
      title: "A venue review of your service",
      body: closes
        ? `Young commissioners reviewed ${review.venueName}. They made no recommendations.`
        : `Young commissioners reviewed ${review.venueName}. Please answer their ${input.recommendations.length} recommendations.`,
      href: `/provider/venue-reviews/${review.id}`,
    });
    await recordAudit(tx, actor, {
      action: "venue-review:submit",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Sent the review of ${review.venueName}: ${rated.length} ratings, ${input.recommendations.length} recommendations`,
    });
  });
}
