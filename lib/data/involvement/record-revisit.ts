import type { Actor } from "../../auth/actor";
import { prisma, type RecommendationOutcome } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { REVIEW_OUTCOME_LABEL, reviewOutcome } from "../../domain/involvement/venue-review";
import { recordAudit } from "../audit/record-audit";
import { notifyOrganisations } from "../tenders/notify";
import { lockVenueReview } from "./lock-venue-review";

export interface RecordRevisitInput {
  reviewId: string;
  visitedOn: Date;
  summary: string;
  /** One per recommendation of the review: what the team found. */
  findings: { recommendationId: string; outcome: RecommendationOutcome; note: string | null }[];
}

/**
 * At the revisit the team marks each recommendation done, partly done or not done, and the review
 * closes with the outcome that follows (lib/domain/involvement/venue-review.ts#reviewOutcome).
 * Only once a revisit is planned; every recommendation needs a finding.
 */
export async function recordRevisit(actor: Actor, input: RecordRevisitInput, now = new Date()) {
  if (input.visitedOn > englandToday(now))
    throw new AppError("INVALID", "Check the date.", {
      visitedOn: "The day you went back must be today or before",
    });
  const outcome = await prisma.$transaction(async (tx) => {
    const review = await lockVenueReview(tx, actor, input.reviewId);
    if (review.status !== "REVISIT_PLANNED")
      throw new AppError(
        "CONFLICT",
        review.status === "CLOSED"
          ? "This review is already closed. Nothing was changed."
          : "The revisit has not been planned yet. Nothing was changed.",
      );
    const byId = new Map(input.findings.map((f) => [f.recommendationId, f]));
    const missing = review.recommendations.filter((r) => !byId.has(r.id));
    if (missing.length || byId.size !== review.recommendations.length)
      throw new AppError("INVALID", "Say what you found for every idea.", {
        [`outcome-${missing[0]?.id ?? "form"}`]: "Say if this was done, partly done or not done",
      });
    for (const r of review.recommendations) {
      const f = byId.get(r.id)!;
      await tx.venueRecommendation.update({
        where: { id: r.id },
        data: { revisitOutcome: f.outcome, revisitFinding: f.note },
      });
    }
    const result = reviewOutcome(review.recommendations.map((r) => byId.get(r.id)!.outcome));
    await tx.venueRevisit.create({
      data: {
        councilId: actor.councilId,
        reviewId: review.id,
        visitedOn: input.visitedOn,
        summary: input.summary,
        createdById: actor.userId,
      },
    });
    await tx.venueReview.update({
      where: { id: review.id },
      data: { status: "CLOSED", outcome: result, closedAt: now },
    });
    await notifyOrganisations(tx, actor.councilId, [review.organisationId], {
      title: "Venue review closed",
      body: `The young commissioners went back to ${review.venueName}: ${REVIEW_OUTCOME_LABEL[result].toLowerCase()}.`,
      href: `/provider/venue-reviews/${review.id}`,
    });
    await recordAudit(tx, actor, {
      action: "venue-review:close",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Recorded the revisit of ${review.venueName} and closed the review: ${REVIEW_OUTCOME_LABEL[result]}`,
    });
    return result;
  });
  return outcome;
}
