import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { FeedbackReplyInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";

/** A provider's reply to feedback about its own organisation; the family (if any) is told. */
export async function replyToFeedback(actor: Actor, input: FeedbackReplyInput): Promise<string> {
  if (!actor.organisationId) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: input.feedbackId, councilId: actor.councilId, organisationId: actor.organisationId },
      select: { id: true, receiptCode: true, familyId: true },
    });
    if (!feedback) throw new NotFoundError("The feedback");
    const claim = await claimSubmission(tx, input.submissionKey, actor, "feedback-reply:create");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This reply is already being sent.");
    }
    const reply = await tx.feedbackReply.create({
      data: {
        councilId: actor.councilId,
        feedbackId: feedback.id,
        authorUserId: actor.userId,
        authorRole: actor.role,
        body: input.body,
      },
      select: { id: true },
    });
    await completeSubmission(tx, input.submissionKey, reply.id);
    if (feedback.familyId) {
      const members = await tx.membership.findMany({
        where: { councilId: actor.councilId, role: "FAMILY", familyId: feedback.familyId },
        select: { id: true },
      });
      await tx.notification.createMany({
        data: members.map((m) => ({
          councilId: actor.councilId,
          membershipId: m.id,
          title: "A reply to your feedback",
          body: `The provider replied to your feedback ${feedback.receiptCode}.`,
          href: `/family/feedback/${feedback.id}`,
        })),
      });
    }
    await recordAudit(tx, actor, {
      action: "feedback-reply:create",
      entityType: "Feedback",
      entityId: feedback.id,
      summary: `Provider replied to feedback ${feedback.receiptCode}`,
    });
    return reply.id;
  });
}
