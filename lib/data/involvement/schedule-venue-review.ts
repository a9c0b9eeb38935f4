import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { notifyMemberships } from "../tenders/notify";
import { checkMayTakePart } from "./check-may-take-part";

export interface ScheduleVenueReviewInput {
  submissionKey: string;
  serviceId: string;
  plannedFor: Date;
  reviewerIds: string[];
  supportStaffId: string;
}

/**
 * Staff schedule a review of one of the council's services: a visit date (today or later), a team
 * of one or more young commissioners, each allowed to take part (consent, decision 0030), and a
 * member of council staff to support them. The review belongs to the organisation running the
 * service. A repeated submit schedules it once.
 */
export async function scheduleVenueReview(actor: Actor, input: ScheduleVenueReviewInput, now = new Date()) {
  const today = englandToday(now);
  if (input.plannedFor < today)
    throw new AppError("INVALID", "Check the visit date.", {
      plannedFor: "The visit date must be today or later",
    });
  if (input.reviewerIds.length === 0)
    throw new AppError("INVALID", "Choose the review team.", {
      reviewerIds: "Choose at least one young commissioner for the team",
    });
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "venue-review:schedule");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This form was already sent. Reload the page to see the review.");
    }
    const service = await tx.service.findFirst({
      where: { id: input.serviceId, councilId: actor.councilId },
      select: { id: true, name: true, venue: true, organisationId: true },
    });
    if (!service)
      throw new AppError("INVALID", "Choose a service.", { serviceId: "Choose the service to review" });
    const team = await tx.membership.findMany({
      where: {
        councilId: actor.councilId,
        id: { in: input.reviewerIds },
        role: "YOUNG_COMMISSIONER",
        disabledAt: null,
      },
      select: { id: true },
    });
    if (team.length !== new Set(input.reviewerIds).size)
      throw new AppError("INVALID", "Choose the team from the council's young commissioners.", {
        reviewerIds: "Choose young commissioners from the list",
      });
    await checkMayTakePart(tx, actor.councilId, input.reviewerIds, today, "reviewerIds");
    const support = await tx.membership.findFirst({
      where: {
        councilId: actor.councilId,
        id: input.supportStaffId,
        role: { in: ["COMMISSIONER", "ADMIN"] },
        disabledAt: null,
      },
      select: { id: true },
    });
    if (!support)
      throw new AppError("INVALID", "Choose a member of council staff.", {
        supportStaffId: "Choose the member of staff who will support the team",
      });
    const venueName = service.venue ? `${service.name}, ${service.venue}` : service.name;
    const review = await tx.venueReview.create({
      data: {
        councilId: actor.councilId,
        organisationId: service.organisationId,
        serviceId: service.id,
        venueName,
        plannedFor: input.plannedFor,
        supportStaffId: support.id,
        createdById: actor.userId,
        reviewers: { connect: team.map((m) => ({ id: m.id })) },
      },
      select: { id: true },
    });
    await notifyMemberships(
      tx,
      actor.councilId,
      team.map((m) => m.id),
      {
        title: "You have a place to visit",
        body: `You are on the team visiting ${venueName}.`,
        href: `/young-commissioner/reviews/${review.id}`,
      },
    );
    await recordAudit(tx, actor, {
      action: "venue-review:schedule",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Scheduled a venue review of ${venueName} with a team of ${team.length}`,
    });
    await completeSubmission(tx, input.submissionKey, review.id);
    return review.id;
  });
}
