import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { biddingOpen } from "../../domain/tenders/tender-status";
import { fieldErrorsOf } from "../../actions/form-state";
import { bidAnswersSchema } from "../../schemas/bid-answers";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion, editConflict } from "../edit-version";
import { lockTender } from "./lock-tender";
import { publiclyVisibleTenderWhere } from "./publicly-visible";

export { ANSWER_MAX } from "../../schemas/bid-answers";

function orgOf(actor: Actor): string {
  if (!actor.organisationId) throw new NotFoundError("The tender");
  return actor.organisationId;
}

/** Tenders a provider can see: published, and either open or ones it bid for. */
export async function listProviderTenders(actor: Actor) {
  const organisationId = orgOf(actor);
  const where: Prisma.TenderWhereInput = {
    AND: [
      { councilId: actor.councilId },
      publiclyVisibleTenderWhere,
      { OR: [{ status: "PUBLISHED" }, { bids: { some: { organisationId } } }] },
    ],
  };
  return prisma.tender.findMany({
    where,
    orderBy: { submissionDeadline: "desc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      submissionDeadline: true,
      clarificationDeadline: true,
      estimatedValue: true,
      bids: {
        where: { organisationId },
        select: { status: true, submittedAt: true, feedbackLetter: { select: { id: true } } },
      },
    },
  });
}

/** One tender as a provider sees it: published answers without askers, its own questions and its own bid only. */
export async function getProviderTender(actor: Actor, tenderId: string) {
  const organisationId = orgOf(actor);
  const tender = await prisma.tender.findFirst({
    // Published tenders are public; a draft is the council's own, even once cancelled.
    where: { AND: [{ id: tenderId, councilId: actor.councilId }, publiclyVisibleTenderWhere] },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      status: true,
      estimatedValue: true,
      publishedAt: true,
      clarificationDeadline: true,
      submissionDeadline: true,
      evaluationEndsAt: true,
      cancelledReason: true,
      specificationVersion: {
        select: {
          title: true,
          summary: true,
          termMonths: true,
          extensionMonths: true,
          ageMin: true,
          ageMax: true,
          outcomes: true,
          outputs: {
            orderBy: { position: "asc" },
            select: { measure: true, unit: true, quantity: true, period: true },
          },
        },
      },
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, kind: true, title: true, question: true, guidance: true, weight: true },
      },
      questions: {
        where: { publishedAt: { not: null } },
        orderBy: { publishedAt: "asc" },
        select: { id: true, question: true, answer: true, publishedAt: true },
      },
      bids: {
        where: { organisationId },
        select: {
          id: true,
          status: true,
          price: true,
          safeguardingDeclared: true,
          insuranceDeclared: true,
          submittedAt: true,
          withdrawnAt: true,
          updatedAt: true,
          editVersion: true,
          answers: { select: { criterionId: true, answer: true } },
          feedbackLetter: { select: { body: true, issuedAt: true } },
        },
      },
    },
  });
  if (!tender) throw new NotFoundError("The tender");
  const ownQuestions = await prisma.clarificationQuestion.findMany({
    where: { tenderId, organisationId, councilId: actor.councilId },
    orderBy: { createdAt: "asc" },
    select: { id: true, question: true, publishedAt: true, createdAt: true },
  });
  const { bids, ...rest } = tender;
  return { ...rest, bid: bids[0] ?? null, ownQuestions };
}

export interface BidInput {
  tenderId: string;
  intent: "save" | "submit";
  answers: Record<string, string>;
  price: string;
  safeguarding: boolean;
  insurance: boolean;
  /**
   * The bid's edit version the form was opened with, 0 when there was no bid yet (decision 0044): a
   * save over a colleague's since is refused. The bid page always sends it.
   */
  editVersion?: number;
}

/**
 * Saves the organisation's bid as a draft, or submits it. Refused after the deadline. A submitted
 * bid cannot be changed: withdraw it first, then change and submit again before the deadline.
 */
export async function saveBid(
  actor: Actor,
  input: BidInput,
  now = new Date(),
): Promise<"saved" | "submitted"> {
  const organisationId = orgOf(actor);
  return prisma.$transaction(async (tx) => {
    // Held still while the bid is written: a close or cancel waits for it, or it sees theirs.
    await lockTender(tx, actor.councilId, input.tenderId, "share");
    const tender = await tx.tender.findFirst({
      where: { AND: [{ id: input.tenderId, councilId: actor.councilId }, publiclyVisibleTenderWhere] },
      select: {
        id: true,
        reference: true,
        status: true,
        submissionDeadline: true,
        criteria: { select: { id: true, kind: true, title: true }, orderBy: { position: "asc" } },
      },
    });
    if (!tender) throw new NotFoundError("The tender");
    if (!biddingOpen(tender.status, tender.submissionDeadline, now))
      throw new AppError(
        "CONFLICT",
        "The submission deadline has passed, so bids can no longer be sent or changed. Nothing was saved.",
      );
    // Lock the organisation's bid row (if any) so a double submit runs one after the other.
    await tx.$queryRaw`SELECT id FROM "Bid" WHERE "tenderId" = ${tender.id} AND "organisationId" = ${organisationId} FOR UPDATE`;
    const existing = await tx.bid.findUnique({
      where: { tenderId_organisationId: { tenderId: tender.id, organisationId } },
      select: { id: true, status: true, editVersion: true },
    });
    if (existing?.status === "SUBMITTED") {
      // A repeated "Submit bid" (a double click, a resent form) is the same submission.
      if (input.intent === "submit") return "submitted";
      throw new AppError(
        "CONFLICT",
        "Your bid has been submitted. Withdraw it first if you need to change it.",
      );
    }
    if (input.editVersion !== undefined)
      checkEditVersion(existing?.editVersion ?? 0, input.editVersion, "Your organisation's bid");

    const answerable = tender.criteria.filter((c) => c.kind !== "PRICE");
    const checked = bidAnswersSchema(answerable, input.intent).safeParse({
      ...Object.fromEntries(answerable.map((c) => [`answer-${c.id}`, input.answers[c.id] ?? ""])),
      price: input.price,
      safeguarding: input.safeguarding,
      insurance: input.insurance,
    });
    if (!checked.success) throw new AppError("INVALID", "Check your bid.", fieldErrorsOf(checked.error));
    const { price, answers } = checked.data;

    const submit = input.intent === "submit";
    const data = {
      price: price?.toFixed(2) ?? null,
      safeguardingDeclared: input.safeguarding,
      insuranceDeclared: input.insurance,
      status: submit ? ("SUBMITTED" as const) : ("DRAFT" as const),
      submittedAt: submit ? now : null,
      withdrawnAt: null,
    };
    const bid = existing
      ? await tx.bid.update({ where: { id: existing.id }, data: { ...data, editVersion: { increment: 1 } } })
      : await createFirstBid(tx, {
          ...data,
          councilId: actor.councilId,
          tenderId: tender.id,
          organisationId,
        });
    for (const c of answerable) {
      const answer = answers[c.id];
      await tx.bidAnswer.upsert({
        where: { bidId_criterionId: { bidId: bid.id, criterionId: c.id } },
        create: { councilId: actor.councilId, bidId: bid.id, criterionId: c.id, answer },
        update: { answer },
      });
    }
    await recordAudit(tx, actor, {
      action: submit ? "bid:submit" : "bid:save",
      entityType: "Bid",
      entityId: bid.id,
      summary: submit
        ? `Submitted a bid for tender ${tender.reference}`
        : `Saved a draft bid for tender ${tender.reference}`,
    });
    return submit ? "submitted" : "saved";
  });
}

/**
 * The organisation's first save creates its bid. Two first saves at once (two colleagues, a
 * double submit) find no row to lock, so the insert waits on the other's instead: the second is
 * told someone else saved first, never an unexpected unique-key error.
 */
async function createFirstBid(tx: Tx, data: Prisma.BidCreateManyInput) {
  const { count } = await tx.bid.createMany({ data: [data], skipDuplicates: true });
  if (count === 0) throw editConflict("Your organisation's bid");
  return tx.bid.findUniqueOrThrow({
    where: { tenderId_organisationId: { tenderId: data.tenderId, organisationId: data.organisationId } },
    select: { id: true },
  });
}

export async function withdrawBid(actor: Actor, tenderId: string, now = new Date()) {
  const organisationId = orgOf(actor);
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId, "share");
    const bid = await tx.bid.findFirst({
      where: { tenderId, organisationId, councilId: actor.councilId },
      select: {
        id: true,
        status: true,
        tender: { select: { status: true, submissionDeadline: true, reference: true } },
      },
    });
    if (!bid) throw new NotFoundError("Your bid");
    if (!biddingOpen(bid.tender.status, bid.tender.submissionDeadline, now))
      throw new AppError(
        "CONFLICT",
        "The submission deadline has passed, so your bid can no longer be withdrawn.",
      );
    if (bid.status !== "SUBMITTED") return;
    await tx.bid.update({
      where: { id: bid.id },
      data: { status: "WITHDRAWN", withdrawnAt: now, submittedAt: null },
    });
    await recordAudit(tx, actor, {
      action: "bid:withdraw",
      entityType: "Bid",
      entityId: bid.id,
      summary: `Withdrew a bid for tender ${bid.tender.reference}`,
    });
  });
}
