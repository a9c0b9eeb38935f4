import { createHash } from "node:crypto";
import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { ChildFeedbackInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { listFamilyFeedbackSubjects } from "./family-feedback-subjects";
import { NOT_USED_MESSAGE } from "./create-parent-feedback";
import { unusedReceiptCode } from "./new-receipt-code";

/** Public Easy Read submissions allowed per address per hour before they are refused. */
export const PUBLIC_FEEDBACK_LIMIT = { perHour: 10 } as const;

export interface ChildFeedbackReceipt {
  id: string;
  receiptCode: string;
}

async function createChildRow(
  tx: Tx,
  councilId: string,
  input: ChildFeedbackInput,
  link: {
    familyId: string | null;
    userId: string | null;
    serviceId: string | null;
    contractId: string | null;
    organisationId: string | null;
  },
) {
  return tx.feedback.create({
    data: {
      councilId,
      source: "CHILD",
      receiptCode: await unusedReceiptCode(tx, councilId),
      familyId: link.familyId,
      submittedByUserId: link.userId,
      serviceId: link.serviceId,
      contractId: link.contractId,
      organisationId: link.organisationId,
      face: input.face,
      liked: input.liked ?? null,
      improve: input.improve ?? null,
      helpedByAdult: input.helpedBy === "adult",
      // Children's words are quoted only in summaries; providers see them as they see parents' quotes.
      consentToQuote: false,
    },
    select: { id: true, receiptCode: true },
  });
}

/** A child's Easy Read feedback given from the family's account (so the family can follow it). */
export async function createChildFeedback(
  actor: Actor,
  input: ChildFeedbackInput,
): Promise<ChildFeedbackReceipt> {
  if (!actor.familyId) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    let subject = null;
    if (input.subject && input.subject !== "general") {
      subject = (await listFamilyFeedbackSubjects(actor, tx)).find((s) => s.value === input.subject);
      if (!subject) throw new AppError("INVALID", NOT_USED_MESSAGE, { subject: NOT_USED_MESSAGE });
    }
    const claim = await claimSubmission(tx, input.submissionKey, actor, "feedback:create-child");
    if (!claim.first) {
      const first = claim.resultId
        ? await tx.feedback.findFirst({
            where: { id: claim.resultId, councilId: actor.councilId },
            select: { id: true, receiptCode: true },
          })
        : null;
      if (first) return first;
      throw new AppError("CONFLICT", "This feedback is already being sent.");
    }
    const row = await createChildRow(tx, actor.councilId, input, {
      familyId: actor.familyId,
      userId: actor.userId,
      serviceId: subject?.serviceId ?? null,
      contractId: subject?.contractId ?? null,
      organisationId: subject?.organisationId ?? null,
    });
    await completeSubmission(tx, input.submissionKey, row.id);
    await recordAudit(tx, actor, {
      action: "feedback:create",
      entityType: "Feedback",
      entityId: row.id,
      summary: `Child feedback ${row.receiptCode} received`,
    });
    return row;
  });
}

/** The address is kept only as a hash, as sign-in throttling does. */
export function publicAddressKey(address: string): string {
  return `public:${createHash("sha256").update(`feedback:${address.trim().toLowerCase()}`).digest("hex").slice(0, 40)}`;
}

/**
 * A child's Easy Read feedback from the council's public page: no account, no personal details.
 * Idempotent by submission key; limited per (hashed) address per hour.
 */
export async function createPublicChildFeedback(
  councilSlug: string,
  input: ChildFeedbackInput,
  addressKey: string,
  now = new Date(),
): Promise<ChildFeedbackReceipt> {
  const council = await prisma.council.findUnique({ where: { slug: councilSlug }, select: { id: true } });
  if (!council) throw new NotFoundError("The council");
  return prisma.$transaction(async (tx) => {
    let service = null;
    if (input.subject && input.subject !== "general") {
      const [kind, id] = input.subject.split(":");
      service =
        kind === "service"
          ? await tx.service.findFirst({
              where: { id, councilId: council.id, status: "PUBLISHED" },
              select: { id: true, organisationId: true },
            })
          : null;
      if (!service)
        throw new AppError("INVALID", "Choose a short break from the list.", {
          subject: "Choose a short break from the list",
        });
    }
    const { count } = await tx.formSubmission.createMany({
      data: [
        {
          key: input.submissionKey,
          councilId: council.id,
          userId: addressKey,
          action: "feedback:create-public",
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) {
      const existing = await tx.formSubmission.findUnique({ where: { key: input.submissionKey } });
      const first =
        existing?.userId === addressKey && existing.resultId
          ? await tx.feedback.findFirst({
              where: { id: existing.resultId, councilId: council.id },
              select: { id: true, receiptCode: true },
            })
          : null;
      if (first) return first;
      throw new AppError("CONFLICT", "This form has already been sent. Reload the page to send another.");
    }
    const recent = await tx.formSubmission.count({
      where: {
        userId: addressKey,
        action: "feedback:create-public",
        createdAt: { gte: new Date(now.getTime() - 3_600_000) },
      },
    });
    if (recent > PUBLIC_FEEDBACK_LIMIT.perHour)
      throw new AppError(
        "THROTTLED",
        "Thank you! We have had a lot of answers from here. Please try again in an hour.",
      );
    const row = await createChildRow(tx, council.id, input, {
      familyId: null,
      userId: null,
      serviceId: service?.id ?? null,
      contractId: null,
      organisationId: service?.organisationId ?? null,
    });
    await tx.formSubmission.update({ where: { key: input.submissionKey }, data: { resultId: row.id } });
    await recordAudit(
      tx,
      null,
      {
        action: "feedback:create",
        entityType: "Feedback",
        entityId: row.id,
        summary: `Public child feedback ${row.receiptCode} received`,
      },
      council.id,
    );
    return row;
  });
}
