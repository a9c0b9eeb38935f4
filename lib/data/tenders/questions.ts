import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { questionsOpen } from "../../domain/tenders/tender-status";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { lockTender } from "./lock-tender";
import { notifyOrganisations } from "./notify";
import { requestOutboxSend } from "../mail/send-outbox";
import { clarificationAnswerEmail } from "../../mail/templates/notice-emails";
import { publiclyVisibleTenderWhere } from "./publicly-visible";

/** A provider asks a clarification question; only before the clarification deadline. */
export async function askQuestion(
  actor: Actor,
  input: { tenderId: string; question: string; submissionKey: string },
  now = new Date(),
) {
  if (!actor.organisationId) throw new NotFoundError("The tender");
  const organisationId = actor.organisationId;
  await prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "question:create");
    if (!claim.first) return;
    await lockTender(tx, actor.councilId, input.tenderId, "share");
    const tender = await tx.tender.findFirst({
      where: { AND: [{ id: input.tenderId, councilId: actor.councilId }, publiclyVisibleTenderWhere] },
      select: { id: true, status: true, clarificationDeadline: true, reference: true },
    });
    if (!tender) throw new NotFoundError("The tender");
    if (!questionsOpen(tender.status, tender.clarificationDeadline, now))
      throw new AppError(
        "CONFLICT",
        "The deadline for clarification questions has passed. Your question was not sent.",
      );
    const q = await tx.clarificationQuestion.create({
      data: {
        councilId: actor.councilId,
        tenderId: tender.id,
        organisationId,
        askedById: actor.userId,
        question: input.question,
      },
    });
    await recordAudit(tx, actor, {
      action: "question:create",
      entityType: "ClarificationQuestion",
      entityId: q.id,
      summary: `Asked a clarification question on tender ${tender.reference}`,
    });
    await completeSubmission(tx, input.submissionKey, q.id);
  });
}

/** The commissioner answers; the answer is published to every bidder with the asker hidden. */
export async function answerQuestion(
  actor: Actor,
  input: { questionId: string; answer: string },
  now = new Date(),
): Promise<string> {
  const answered = await prisma.$transaction(async (tx) => {
    const q = await tx.clarificationQuestion.findFirst({
      where: { id: input.questionId, councilId: actor.councilId },
      select: {
        id: true,
        publishedAt: true,
        tender: { select: { id: true, reference: true, title: true } },
      },
    });
    if (!q) throw new NotFoundError("The question");
    // The status is read again under the tender's lock, so an answer cannot slip in after a cancel.
    await lockTender(tx, actor.councilId, q.tender.id, "share");
    const { status } = await tx.tender.findUniqueOrThrow({
      where: { id: q.tender.id },
      select: { status: true },
    });
    if (status === "CANCELLED" || status === "AWARDED")
      throw new AppError("CONFLICT", "This tender is finished, so answers can no longer be published.");
    await tx.clarificationQuestion.update({
      where: { id: q.id },
      data: { answer: input.answer, answeredById: actor.userId, publishedAt: now },
    });
    const interested = await tx.bid.findMany({
      where: { tenderId: q.tender.id },
      select: { organisationId: true },
    });
    const askers = await tx.clarificationQuestion.findMany({
      where: { tenderId: q.tender.id },
      distinct: ["organisationId"],
      select: { organisationId: true },
    });
    const orgs = [...new Set([...interested, ...askers].map((r) => r.organisationId))];
    await notifyOrganisations(
      tx,
      actor.councilId,
      orgs,
      {
        title: q.publishedAt
          ? `Clarification updated: ${q.tender.title}`
          : `New clarification: ${q.tender.title}`,
        body: "The council has published an answer to a clarification question. Every bidder sees it.",
        href: `/provider/tenders/${q.tender.id}#clarifications`,
      },
      {
        kind: "clarifications",
        template: "clarification-answer",
        compose: ({ name }) =>
          clarificationAnswerEmail({
            name,
            councilName: actor.councilName,
            tenderTitle: q.tender.title,
            updated: !!q.publishedAt,
            path: `/provider/tenders/${q.tender.id}#clarifications`,
          }),
      },
    );
    await recordAudit(tx, actor, {
      action: q.publishedAt ? "question:reanswer" : "question:answer",
      entityType: "ClarificationQuestion",
      entityId: q.id,
      summary: `Published an answer to a clarification question on tender ${q.tender.reference}`,
    });
    return q.tender.id;
  });
  await requestOutboxSend();
  return answered;
}
