import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";
import { notifyMemberships } from "../tenders/notify";
import { lockVenueReview } from "./lock-venue-review";

export type RecommendationAnswer =
  { decision: "ACCEPTED"; plan: string; plannedBy: Date } | { decision: "NOT_ACCEPTED"; explanation: string };

/**
 * The organisation running the reviewed service answers one recommendation: accepted, with a plan
 * and the date it will be done by (today or later), or not accepted, with an explanation. An answer
 * can be changed until staff plan the revisit. Once every recommendation has an answer, the review
 * is PROVIDER_RESPONDED and the team and its supporting staff are told. Any other organisation's
 * staff (and everyone else) get "not found" (venueReviewScope).
 */
export async function respondToRecommendation(
  actor: Actor,
  input: { reviewId: string; recommendationId: string; answer: RecommendationAnswer },
  now = new Date(),
) {
  if (input.answer.decision === "ACCEPTED" && input.answer.plannedBy < englandToday(now))
    throw new AppError("INVALID", "Check the date.", {
      plannedBy: "The date it will be done by must be today or later",
    });
  await prisma.$transaction(async (tx) => {
    const review = await lockVenueReview(tx, actor, input.reviewId);
    const rec = review.recommendations.find((r) => r.id === input.recommendationId);
    if (!rec) throw new NotFoundError("The recommendation");
    if (review.status !== "VISITED" && review.status !== "PROVIDER_RESPONDED")
      throw new AppError(
        "CONFLICT",
        "The revisit is already planned, so the answers can no longer change. Nothing was changed.",
      );
    const answer = input.answer;
    const answered = { respondedAt: now, respondedById: actor.userId };
    await tx.venueRecommendation.update({
      where: { id: rec.id },
      data:
        answer.decision === "ACCEPTED"
          ? { ...answered, status: "ACCEPTED", providerResponse: answer.plan, plannedBy: answer.plannedBy }
          : { ...answered, status: "NOT_ACCEPTED", providerResponse: answer.explanation, plannedBy: null },
    });
    const stillOpen = review.recommendations.filter((r) => r.id !== rec.id && r.status === "OPEN").length;
    if (stillOpen === 0 && review.status === "VISITED") {
      await tx.venueReview.update({ where: { id: review.id }, data: { status: "PROVIDER_RESPONDED" } });
      const support = await tx.venueReview.findUniqueOrThrow({
        where: { id: review.id },
        select: { supportStaffId: true },
      });
      await notifyMemberships(
        tx,
        actor.councilId,
        [...review.reviewers.map((r) => r.id), ...(support.supportStaffId ? [support.supportStaffId] : [])],
        {
          title: "The provider has answered",
          body: `The provider has answered every recommendation from the review of ${review.venueName}.`,
        },
      );
    }
    await recordAudit(tx, actor, {
      action: "venue-review:respond",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Answered a recommendation from the review of ${review.venueName}: ${answer.decision === "ACCEPTED" ? "accepted" : "not accepted"}${stillOpen === 0 ? " (all answered)" : ""}`,
    });
  });
}
