import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { addDays } from "../../domain/dates";
import type { AwardStatus } from "../../generated/prisma/enums";
import { canMove } from "../../domain/tenders/tender-status";
import { awardDecisionOpen, canMoveAward } from "../../domain/tenders/award-status";
import { awardDecisionRefusal } from "../../domain/tenders/panel-powers";
import { TIE_RULE, type RankedBid } from "../../domain/tenders/scoring";
import { recordAudit } from "../audit/record-audit";
import { loadEvaluation, loadSeat } from "./moderation";
import { lockTender } from "./lock-tender";
import { notifyMemberships, notifyOrganisations } from "./notify";
import { createContractFromAward } from "./create-contract-from-award";

type Evaluation = Awaited<ReturnType<typeof loadEvaluation>>;

/**
 * Moves the award from one status to another as a compare-and-set: the write happens only if the
 * award is still in `from`. The caller holds the tender's lock too; the count check is what makes
 * a second, concurrent answer fail rather than overwrite the first.
 */
async function moveAward(
  tx: Tx,
  councilId: string,
  awardId: string,
  from: AwardStatus | AwardStatus[],
  to: AwardStatus,
  data: Prisma.AwardUncheckedUpdateManyInput = {},
) {
  const expected = Array.isArray(from) ? from : [from];
  if (!expected.every((f) => canMoveAward(f, to)))
    throw new Error(`award: ${expected.join("/")} → ${to} is not a move of the state machine`);
  const { count } = await tx.award.updateMany({
    where: { id: awardId, councilId, status: { in: expected } },
    data: { ...data, status: to },
  });
  if (count !== 1)
    throw new AppError("CONFLICT", "Someone else answered or changed this award just now. Reload the page.");
}

/**
 * The chair's decision: the top-ranked bid, with a note. The young commissioners' panel must then
 * approve. Also the way forward after the panel said no: a new decision on the (re-)moderated
 * ranking goes back to the panel.
 */
export async function proposeAward(actor: Actor, tenderId: string, note: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId);
    const seat = await loadSeat(tx, actor, tenderId);
    const notChair = awardDecisionRefusal(seat, null);
    if (notChair) throw new AppError("NOT_ALLOWED", notChair);
    const { tender, complete, ranking, nameOf } = await loadEvaluation(tx, actor.councilId, tenderId, now);
    if (tender.status !== "IN_EVALUATION")
      throw new AppError("CONFLICT", "Only a tender in evaluation can be awarded.");
    if (!awardDecisionOpen(tender.status, tender.award))
      throw new AppError("CONFLICT", "An award decision has already been recorded for this tender.");
    if (!complete || !ranking?.length)
      throw new AppError("CONFLICT", "Moderate every criterion for every bid before deciding the award.");
    const winner = ranking[0];
    const refusal = awardDecisionRefusal(seat, winner.bidId);
    if (refusal) throw new AppError("NOT_ALLOWED", refusal);
    const data = {
      winningBidId: winner.bidId,
      commissionerDecisionById: actor.userId,
      commissionerDecisionAt: now,
      decisionNote: note,
      youngPanelApprovedById: null,
      youngPanelApprovedAt: null,
      proceededById: null,
      proceededAt: null,
      proceedReason: null,
      standstillEndsAt: null,
    };
    if (tender.award)
      await moveAward(tx, actor.councilId, tender.award.id, tender.award.status, "PROPOSED", data);
    else
      await tx.award.create({ data: { councilId: actor.councilId, tenderId, status: "PROPOSED", ...data } });
    const young = await tx.panelMember.findMany({
      where: { councilId: actor.councilId, panel: { tenderId }, role: "YOUNG_COMMISSIONER" },
      select: { membershipId: true },
    });
    await notifyMemberships(
      tx,
      actor.councilId,
      young.map((m) => m.membershipId),
      {
        title: `Please check the decision: ${tender.title}`,
        body: "The commissioner has chosen a provider. The young commissioners' panel needs to say yes or no.",
        href: `/young-commissioner/panels/${tenderId}`,
      },
    );
    await recordAudit(tx, actor, {
      action: "award:propose",
      entityType: "Tender",
      entityId: tenderId,
      summary: `Decided to award tender ${tender.reference} to ${nameOf(winner.bidId)} (ranked first, ${winner.total.toFixed(2)} points)${tender.award ? " after the young commissioners' panel sent the last decision back" : ""}`,
      metadata: {
        ranking: ranking.map((r) => ({ bidId: r.bidId, rank: r.rank, total: r.total.toFixed(2) })),
      },
    });
  });
}

/**
 * Starts the standstill period: the award moves from `from` as a compare-and-set, every bidder's
 * letter is issued and every bidder is told. Shared by the panel's yes and the chair's go-ahead.
 */
async function startStandstill(
  tx: Tx,
  actor: Actor,
  evaluation: Evaluation,
  award: { id: string; winningBidId: string },
  from: AwardStatus,
  data: Prisma.AwardUncheckedUpdateManyInput,
  now: Date,
): Promise<Date> {
  const { standstillDays } = await tx.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { standstillDays: true },
  });
  const standstillEndsAt = addDays(now, standstillDays);
  await moveAward(tx, actor.councilId, award.id, from, "STANDSTILL", { ...data, standstillEndsAt });
  await issueLetters(tx, evaluation, award.winningBidId, now);
  await notifyOrganisations(
    tx,
    actor.councilId,
    evaluation.bids.map((b) => b.organisationId),
    {
      title: `Tender result: ${evaluation.tender.title}`,
      body: "The council has made its award decision. Read your letter with your scores and the reasons.",
      href: `/provider/tenders/${evaluation.tender.id}#result`,
    },
  );
  return standstillEndsAt;
}

/**
 * A young commissioner on the panel records the panel's approval (or sends the decision back with
 * a reason). Approval starts the standstill period and issues every bidder's feedback letter. The
 * first answer counts: the award moves by compare-and-set under the tender's lock, so a second
 * answer sent at the same moment is refused.
 */
export async function recordYoungPanelDecision(
  actor: Actor,
  input: { tenderId: string; approve: boolean; note: string | null },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const seat = await tx.panelMember.findFirst({
      where: {
        councilId: actor.councilId,
        membershipId: actor.membershipId,
        role: "YOUNG_COMMISSIONER",
        panel: { tenderId: input.tenderId },
      },
      select: { id: true },
    });
    if (!seat) throw new NotFoundError("The tender");
    if (!input.approve && !input.note)
      throw new AppError("INVALID", "Say why the panel does not agree.", {
        note: "Say why the panel does not agree",
      });
    await lockTender(tx, actor.councilId, input.tenderId);
    const evaluation = await loadEvaluation(tx, actor.councilId, input.tenderId, now);
    const { tender } = evaluation;
    const award = tender.award;
    if (!award || award.status !== "PROPOSED" || tender.status !== "IN_EVALUATION")
      throw new AppError(
        "CONFLICT",
        award?.status === "STANDSTILL" || award?.status === "RETURNED"
          ? "Your panel has already answered. Reload the page to see the answer."
          : "There is no decision waiting for the young commissioners' panel.",
      );
    if (!input.approve) {
      await moveAward(tx, actor.councilId, award.id, "PROPOSED", "RETURNED", {
        returnedById: actor.userId,
        returnedAt: now,
        returnNote: input.note,
      });
      const commissioners = await tx.panelMember.findMany({
        where: {
          councilId: actor.councilId,
          panel: { tenderId: input.tenderId },
          role: { in: ["CHAIR", "EVALUATOR"] },
        },
        select: { membershipId: true },
      });
      await notifyMemberships(
        tx,
        actor.councilId,
        commissioners.map((m) => m.membershipId),
        {
          title: `The young commissioners did not agree: ${tender.title}`,
          body: "Read their reason on the award page. The chair can re-moderate and decide again, or go ahead with a recorded reason.",
          href: `/commissioner/tenders/${input.tenderId}/award`,
        },
      );
      await recordAudit(tx, actor, {
        action: "award:young-panel-reject",
        entityType: "Tender",
        entityId: input.tenderId,
        summary: `The young commissioners' panel did not approve the award decision on tender ${tender.reference}`,
        metadata: { reason: input.note },
      });
      return;
    }
    const standstillEndsAt = await startStandstill(
      tx,
      actor,
      evaluation,
      award,
      "PROPOSED",
      { youngPanelApprovedById: actor.userId, youngPanelApprovedAt: now },
      now,
    );
    await recordAudit(tx, actor, {
      action: "award:young-panel-approve",
      entityType: "Tender",
      entityId: input.tenderId,
      summary: `The young commissioners' panel approved the award on tender ${tender.reference}; standstill until ${standstillEndsAt.toISOString().slice(0, 10)}`,
    });
  });
}

/**
 * The other way forward after the young commissioners' panel said no: the chair goes ahead with
 * the same decision, giving a reason that is kept on the award and in the audit. Only if the
 * moderated ranking still puts that bid first; otherwise the chair records a new decision.
 */
export async function proceedAfterReturn(actor: Actor, tenderId: string, reason: string, now = new Date()) {
  const why = reason.trim();
  if (!why)
    throw new AppError("INVALID", "Give the reason for going ahead.", {
      reason: "Give the reason for going ahead despite the young commissioners' panel",
    });
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId);
    const evaluation = await loadEvaluation(tx, actor.councilId, tenderId, now);
    const { tender, ranking, nameOf } = evaluation;
    const award = tender.award;
    if (!award || award.status !== "RETURNED" || tender.status !== "IN_EVALUATION")
      throw new AppError("CONFLICT", "There is no decision sent back by the young commissioners' panel.");
    const refusal = awardDecisionRefusal(await loadSeat(tx, actor, tenderId), award.winningBidId);
    if (refusal) throw new AppError("NOT_ALLOWED", refusal);
    if (!ranking || ranking[0].bidId !== award.winningBidId)
      throw new AppError(
        "CONFLICT",
        "The moderated scores have changed since the decision, so it no longer follows from the ranking. Record a new decision instead.",
      );
    const standstillEndsAt = await startStandstill(
      tx,
      actor,
      evaluation,
      award,
      "RETURNED",
      { proceededById: actor.userId, proceededAt: now, proceedReason: why },
      now,
    );
    await recordAudit(tx, actor, {
      action: "award:proceed-after-return",
      entityType: "Tender",
      entityId: tenderId,
      summary: `Went ahead with the award of tender ${tender.reference} to ${nameOf(award.winningBidId)} after the young commissioners' panel said no; standstill until ${standstillEndsAt.toISOString().slice(0, 10)}`,
      metadata: { reason: why, panelReason: award.returnNote },
    });
  });
}

export interface LetterCriterion {
  title: string;
  weight: number;
  kind: string;
  yourScore: number | null;
  yourPoints: string;
  yourReason: string | null;
  winnerScore: number | null;
  winnerPoints: string;
  winnerReason: string | null;
}

export interface LetterBody {
  outcome: "successful" | "unsuccessful";
  tenderReference: string;
  tenderTitle: string;
  rank: number;
  bidders: number;
  yourTotal: string;
  winnerTotal: string;
  winnerName: string;
  criteria: LetterCriterion[];
  tieRule: string;
  tieBrokenBy: RankedBid["tieBrokenBy"];
  standstillEndsAt?: string;
}

async function issueLetters(tx: Tx, evaluation: Evaluation, winningBidId: string, now: Date) {
  const { tender, ranking, cells, bids } = evaluation;
  if (!ranking) throw new AppError("CONFLICT", "Moderation is not complete.");
  const winner = ranking.find((r) => r.bidId === winningBidId)!;
  const winnerName = bids.find((b) => b.id === winningBidId)!.organisation.name;
  for (const row of ranking) {
    const cell = (bidId: string, criterionId: string) =>
      cells.find((c) => c.bidId === bidId && c.criterionId === criterionId)?.moderated;
    const body: LetterBody = {
      outcome: row.bidId === winningBidId ? "successful" : "unsuccessful",
      tenderReference: tender.reference,
      tenderTitle: tender.title,
      rank: row.rank,
      bidders: ranking.length,
      yourTotal: row.total.toFixed(2),
      winnerTotal: winner.total.toFixed(2),
      winnerName,
      criteria: tender.criteria.map((c) => ({
        title: c.title,
        weight: c.weight,
        kind: c.kind,
        yourScore: cell(row.bidId, c.id)?.score ?? null,
        yourPoints: (row.byCriterion[c.id] ?? new Decimal(0)).toFixed(2),
        yourReason: cell(row.bidId, c.id)?.note ?? null,
        winnerScore: cell(winningBidId, c.id)?.score ?? null,
        winnerPoints: (winner.byCriterion[c.id] ?? new Decimal(0)).toFixed(2),
        winnerReason: cell(winningBidId, c.id)?.note ?? null,
      })),
      tieRule: TIE_RULE,
      tieBrokenBy: row.tieBrokenBy,
    };
    await tx.feedbackLetter.upsert({
      where: { bidId: row.bidId },
      create: {
        councilId: tender.councilId,
        bidId: row.bidId,
        body: body as unknown as Prisma.InputJsonValue,
        issuedAt: now,
      },
      update: { body: body as unknown as Prisma.InputJsonValue, issuedAt: now },
    });
  }
}

/** After the standstill period, the commissioner confirms: the contract and its KPIs are created and the tender is awarded. */
export async function confirmAward(actor: Actor, tenderId: string, now = new Date()): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId);
    const tender = await tx.tender.findFirst({
      where: { id: tenderId, councilId: actor.councilId },
      select: { id: true, reference: true, title: true, status: true, award: true },
    });
    if (!tender) throw new NotFoundError("The tender");
    const award = tender.award;
    if (!award || award.status !== "STANDSTILL" || !award.standstillEndsAt)
      throw new AppError(
        "CONFLICT",
        "The award can be confirmed only after both decisions are recorded and the standstill period has started.",
      );
    if (now < award.standstillEndsAt)
      throw new AppError(
        "CONFLICT",
        "The standstill period has not ended yet. Unsuccessful bidders may still challenge the decision.",
      );
    if (!canMove(tender.status, "AWARDED"))
      throw new AppError("CONFLICT", "This tender cannot be awarded now.");
    await moveAward(tx, actor.councilId, award.id, "STANDSTILL", "CONFIRMED");
    const contract = await createContractFromAward(tx, actor, tenderId, award.winningBidId, now);
    await tx.award.update({ where: { id: award.id }, data: { contractId: contract.id } });
    const { count } = await tx.tender.updateMany({
      where: { id: tenderId, status: tender.status },
      data: { status: "AWARDED" },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", "Someone else changed this tender just now. Reload the page.");
    await notifyOrganisations(tx, actor.councilId, [contract.organisationId], {
      title: `Contract ${contract.reference} created`,
      body: `The award of ${tender.title} is confirmed. Your contract and its KPIs are ready.`,
      href: `/provider/tenders/${tenderId}#result`,
    });
    await recordAudit(tx, actor, {
      action: "award:confirm",
      entityType: "Tender",
      entityId: tenderId,
      summary: `Confirmed the award of tender ${tender.reference}; created contract ${contract.reference} with ${contract.kpis} KPIs`,
    });
    return contract.id;
  });
}
