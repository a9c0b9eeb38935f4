import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { RATING_QUESTIONS } from "../../domain/feedback-questions";
import { AppError, NotFoundError } from "../../errors";
import type { ParentFeedbackInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { listFamilyFeedbackSubjects } from "./family-feedback-subjects";
import { unusedReceiptCode } from "./new-receipt-code";

export const NOT_USED_MESSAGE =
  "You can only give feedback about short breaks your family uses. Choose one from the list, or choose short breaks in general.";

/**
 * A parent's feedback (checked by parentFeedbackSchema), about something the family uses or short
 * breaks in general. Returns the new (or, for a repeated submit, the first) feedback id.
 */
export async function createParentFeedback(actor: Actor, input: ParentFeedbackInput): Promise<string> {
  if (!actor.familyId) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    let subject = null;
    if (input.subject !== "general") {
      const subjects = await listFamilyFeedbackSubjects(actor, tx);
      subject = subjects.find((s) => s.value === input.subject);
      if (!subject) throw new AppError("INVALID", NOT_USED_MESSAGE, { subject: NOT_USED_MESSAGE });
    }
    const claim = await claimSubmission(tx, input.submissionKey, actor, "feedback:create");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This feedback is already being sent. Check your feedback list.");
    }
    const feedback = await tx.feedback.create({
      data: {
        councilId: actor.councilId,
        source: "PARENT",
        receiptCode: await unusedReceiptCode(tx, actor.councilId),
        familyId: actor.familyId,
        submittedByUserId: actor.userId,
        serviceId: subject?.serviceId ?? null,
        contractId: subject?.contractId ?? null,
        organisationId: subject?.organisationId ?? null,
        comment: input.comment,
        consentToQuote: input.consentToQuote,
        contactRequested: input.contactRequested,
        ratings: {
          create: RATING_QUESTIONS.flatMap((q) => {
            const value = input[q.code];
            return value === undefined ? [] : [{ councilId: actor.councilId, question: q.code, value }];
          }),
        },
      },
      select: { id: true, receiptCode: true },
    });
    await completeSubmission(tx, input.submissionKey, feedback.id);
    await recordAudit(tx, actor, {
      action: "feedback:create",
      entityType: "Feedback",
      entityId: feedback.id,
      summary: `Parent feedback ${feedback.receiptCode} received`,
      metadata: { subject: subject?.kind ?? "general" },
    });
    return feedback.id;
  });
}
