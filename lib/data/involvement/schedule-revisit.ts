import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { formatCalendarDate } from "../../domain/dates";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";
import { notifyMemberships } from "../tenders/notify";
import { lockVenueReview } from "./lock-venue-review";

/**
 * Staff plan the revisit (today or later), only once the provider has answered every
 * recommendation; until then it is refused and nothing changes. A planned revisit can be moved.
 */
export async function scheduleRevisit(
  actor: Actor,
  input: { reviewId: string; revisitOn: Date },
  now = new Date(),
) {
  if (input.revisitOn < englandToday(now))
    throw new AppError("INVALID", "Check the revisit date.", {
      revisitOn: "The revisit date must be today or later",
    });
  await prisma.$transaction(async (tx) => {
    const review = await lockVenueReview(tx, actor, input.reviewId);
    if (review.status === "PLANNED" || review.status === "VISITED")
      throw new AppError(
        "CONFLICT",
        "The provider has not answered every recommendation yet, so the revisit cannot be planned. Nothing was changed.",
      );
    if (review.status === "CLOSED")
      throw new AppError("CONFLICT", "This review is closed. Nothing was changed.");
    await tx.venueReview.update({
      where: { id: review.id },
      data: { status: "REVISIT_PLANNED", revisitPlannedFor: input.revisitOn },
    });
    await notifyMemberships(
      tx,
      actor.councilId,
      review.reviewers.map((r) => r.id),
      {
        title: "Time to go back",
        body: `You are going back to ${review.venueName} on ${formatCalendarDate(input.revisitOn)}.`,
        href: `/young-commissioner/reviews/${review.id}`,
      },
    );
    await recordAudit(tx, actor, {
      action: "venue-review:schedule-revisit",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Planned the revisit of ${review.venueName} for ${formatCalendarDate(input.revisitOn)}`,
    });
  });
}
