import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { formatMoney } from "../../domain/money";
import { startOfUtcDay } from "../../domain/dates";
import { paysFamily } from "../../domain/budgets/budget-parts";
import { checkUpload, type CheckedUpload } from "../../files/check-upload";
import { withStoredUpload } from "../../files/stored-files";
import type { EvidenceAnswerInput, EvidenceDecisionInput, SpendEvidenceInput } from "../../schemas/budget";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { recordAudit } from "../audit/record-audit";
import { budgetScope } from "../scopes";
import { lockBudget } from "./lock-budget";

/** Receipts: a photo or a PDF, up to the council's upload limit. */
async function checkReceipt(actor: Actor, value: unknown, required: boolean): Promise<CheckedUpload | null> {
  const council = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { uploadLimitMb: true },
  });
  return checkUpload(value, {
    field: "receipt",
    what: "the receipt",
    accept: ["image/jpeg", "image/png", "image/webp", "application/pdf"],
    maxMb: council.uploadLimitMb,
    required,
  });
}

/** Runs `body` in a transaction, with the receipt saved beside it when there is one. */
function withReceipt<T>(
  actor: Actor,
  receipt: CheckedUpload | null,
  body: (tx: Tx, saveReceipt: () => Promise<string | null>) => Promise<T>,
): Promise<T> {
  if (!receipt) return prisma.$transaction((tx) => body(tx, async () => null));
  return withStoredUpload(actor, receipt, "RECEIPT", body);
}

/**
 * A family sends evidence of spend for their child's direct payment: what it paid for, how it
 * helped, and a receipt checked by its content. The budget must be running and taken as a direct
 * payment, and the date within it and not in the future (checked under the budget's row lock). A
 * repeated submit records once and keeps no second file.
 */
export async function submitEvidence(
  actor: Actor,
  input: SpendEvidenceInput,
  receiptFile: unknown,
  now = new Date(),
) {
  const receipt = await checkReceipt(actor, receiptFile, true);
  return withReceipt(actor, receipt, async (tx, saveReceipt) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "spend-evidence:create");
    if (!claim.first) return { id: claim.resultId, repeated: true };
    const b = await lockBudget(tx, actor, input.id);
    if (b.status !== "ACTIVE")
      throw new AppError(
        "CONFLICT",
        b.status === "ENDED"
          ? "This budget has ended, so no more evidence can be sent for it."
          : "This budget has not started yet, so there is nothing to send evidence for.",
      );
    if (!paysFamily(b))
      throw new AppError(
        "CONFLICT",
        "The council pays for this budget's support directly, so there is no evidence of spend to send.",
      );
    const problem = (message: string) => new AppError("INVALID", message, { spentOn: message });
    if (input.spentOn > startOfUtcDay(now))
      throw problem("The date of the spending must be today or in the past");
    if (input.spentOn < b.startDate)
      throw problem("The date of the spending must be on or after the budget started");
    if (input.spentOn > b.endDate) throw problem("The date of the spending must be before the budget ended");
    const receiptFileId = await saveReceipt();
    const evidence = await tx.spendEvidence.create({
      data: {
        councilId: actor.councilId,
        personalBudgetId: b.id,
        submittedById: actor.userId,
        amount: input.amount,
        spentOn: input.spentOn,
        description: input.description,
        howItHelped: input.howItHelped,
        receiptFileId,
        receiptName: receipt?.originalName ?? null,
      },
    });
    await recordAudit(tx, actor, {
      action: "spend-evidence:create",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: `Sent evidence of spend of ${formatMoney(input.amount)}`,
      metadata: { evidenceId: evidence.id },
    });
    await completeSubmission(tx, input.submissionKey, evidence.id);
    return { id: evidence.id, repeated: false };
  });
}

/** Finds an item of evidence in the actor's scope, locks its budget and reads the item again. */
async function lockEvidence(tx: Tx, actor: Actor, evidenceId: string) {
  const found = await tx.spendEvidence.findFirst({
    where: { id: evidenceId, personalBudget: budgetScope(actor) },
    select: { personalBudgetId: true },
  });
  if (!found) throw new NotFoundError("The evidence");
  const budget = await lockBudget(tx, actor, found.personalBudgetId);
  const evidence = await tx.spendEvidence.findUniqueOrThrow({ where: { id: evidenceId } });
  return { budget, evidence };
}

const DECIDED = { ACCEPT: "ACCEPTED", QUERY: "QUERIED", REJECT: "REJECTED" } as const;

/**
 * The social worker accepts an item of evidence, asks the family a question about it, or does
 * not accept it (with a reason). Only evidence waiting for a decision can be decided: a second
 * decision, or one on evidence the family has not answered yet, is refused (checked under the lock).
 * A query notifies the family.
 */
export async function decideEvidence(actor: Actor, input: EvidenceDecisionInput, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { budget, evidence } = await lockEvidence(tx, actor, input.id);
    if (evidence.status !== "SUBMITTED")
      throw new AppError(
        "CONFLICT",
        evidence.status === "QUERIED"
          ? "You have asked the family about this evidence; it can be decided when they answer."
          : "This evidence has already been decided.",
      );
    const status = DECIDED[input.decision];
    await tx.spendEvidence.update({
      where: { id: evidence.id },
      data: {
        status,
        reviewedById: actor.userId,
        reviewedAt: now,
        reviewNote: input.decision === "QUERY" ? null : (input.message ?? null),
      },
    });
    if (input.decision === "QUERY" && input.message) {
      await tx.evidenceMessage.create({
        data: {
          councilId: actor.councilId,
          evidenceId: evidence.id,
          authorId: actor.userId,
          fromFamily: false,
          body: input.message,
        },
      });
      const family = await tx.membership.findFirst({
        where: { councilId: actor.councilId, userId: evidence.submittedById, role: "FAMILY" },
        select: { id: true },
      });
      if (family)
        await tx.notification.create({
          data: {
            councilId: actor.councilId,
            membershipId: family.id,
            childId: budget.childId,
            title: "A question about your evidence of spend",
            body: `Your social worker has a question about the ${formatMoney(evidence.amount)} you sent evidence for.`,
            href: `/family/budgets/${budget.id}/evidence/${evidence.id}`,
          },
        });
    }
    await recordAudit(tx, actor, {
      action: `spend-evidence:${input.decision.toLowerCase()}`,
      entityType: "PersonalBudget",
      entityId: budget.id,
      summary: {
        ACCEPT: `Accepted evidence of spend of ${formatMoney(evidence.amount)}`,
        QUERY: `Asked the family about evidence of spend of ${formatMoney(evidence.amount)}`,
        REJECT: `Did not accept evidence of spend of ${formatMoney(evidence.amount)}`,
      }[input.decision],
      metadata: { evidenceId: evidence.id },
    });
    return { status, budgetId: budget.id };
  });
}

/**
 * The family answers a query, with a different receipt if they choose one; the evidence goes back
 * to the social worker. Only a queried item can be answered (checked under the lock); a repeated
 * submit answers once.
 */
export async function answerEvidenceQuery(actor: Actor, input: EvidenceAnswerInput, receiptFile: unknown) {
  const receipt = await checkReceipt(actor, receiptFile, false);
  return withReceipt(actor, receipt, async (tx, saveReceipt) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "spend-evidence:answer");
    const { budget, evidence } = await lockEvidence(tx, actor, input.id);
    if (!claim.first) return { repeated: true, budgetId: budget.id };
    if (evidence.status !== "QUERIED")
      throw new AppError("CONFLICT", "There is no question waiting for an answer on this evidence.");
    const receiptFileId = await saveReceipt();
    await tx.evidenceMessage.create({
      data: {
        councilId: actor.councilId,
        evidenceId: evidence.id,
        authorId: actor.userId,
        fromFamily: true,
        body: input.message,
      },
    });
    await tx.spendEvidence.update({
      where: { id: evidence.id },
      data: {
        status: "SUBMITTED",
        ...(receiptFileId ? { receiptFileId, receiptName: receipt?.originalName ?? null } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: "spend-evidence:answer",
      entityType: "PersonalBudget",
      entityId: budget.id,
      summary: receiptFileId
        ? "Answered a question about evidence of spend, with a new receipt"
        : "Answered a question about evidence of spend",
      metadata: { evidenceId: evidence.id },
    });
    await completeSubmission(tx, input.submissionKey, evidence.id);
    return { repeated: false, budgetId: budget.id };
  });
}

/** One item of evidence with its thread, for the family's and the social worker's pages. */
export async function getEvidence(actor: Actor, budgetId: string, evidenceId: string) {
  const evidence = await prisma.spendEvidence.findFirst({
    where: { id: evidenceId, personalBudgetId: budgetId, personalBudget: budgetScope(actor) },
    include: {
      receiptFile: { select: { id: true, contentType: true, sizeBytes: true } },
      messages: { orderBy: { createdAt: "asc" } },
      personalBudget: {
        select: {
          id: true,
          type: true,
          childId: true,
          child: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  if (!evidence) throw new NotFoundError("The evidence");
  return evidence;
}
export type EvidenceView = Awaited<ReturnType<typeof getEvidence>>;
