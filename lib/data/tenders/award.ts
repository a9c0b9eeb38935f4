import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { addDays } from "../../domain/dates";
import { canMove } from "../../domain/tenders/tender-status";
import { TIE_RULE, type RankedBid } from "../../domain/tenders/scoring";
import { recordAudit } from "../audit/record-audit";
import { loadEvaluation } from "./moderation";
import { notifyMemberships, notifyOrganisations } from "./notify";
import { createContractFromAward } from "./create-contract-from-award";

/** The commissioner's decision: the top-ranked bid, with a note. The young commissioners' panel must then approve. */
export async function proposeAward(actor: Actor, tenderId: string, note: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { tender, complete, ranking, nameOf } = await loadEvaluation(tx, actor.councilId, tenderId, now);
    if (tender.status !== "IN_EVALUATION")
      throw new AppError("CONFLICT", "Only a tender in evaluation can be awarded.");
    if (tender.award && tender.award.status !== "CANCELLED")
      throw new AppError("CONFLICT", "An award decision has already been recorded for this tender.");
    if (!complete || !ranking?.length)
      throw new AppError("CONFLICT", "Moderate every criterion for every bid before deciding the award.");
    const winner = ranking[0];
    const data = {
      winningBidId: winner.bidId,
      status: "PROPOSED" as const,
      commissionerDecisionById: actor.userId,
      commissionerDecisionAt: now,
      decisionNote: note,
      youngPanelApprovedById: null,
      youngPanelApprovedAt: null,
      standstillEndsAt: null,
    };
    await tx.award.upsert({
      where: { tenderId },
      create: { councilId: actor.councilId, tenderId, ...data },
      update: data,
    });
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
      summary: `Decided to award tender ${tender.reference} to ${nameOf(winner.bidId)} (ranked first, ${winner.total.toFixed(2)} points)`,
      metadata: {
        ranking: ranking.map((r) => ({ bidId: r.bidId, rank: r.rank, total: r.total.toFixed(2) })),
      },
    });
  });
}

/**
 * A young commissioner on the panel records the panel's approval (or sends the decision back with
 * a reason). Approval starts the standstill period and issues every bidder's feedback letter.
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
    const evaluation = await loadEvaluation(tx, actor.councilId, input.tenderId, now);
    const { tender } = evaluation;
    const award = tender.award;
    if (!award || award.status !== "PROPOSED")
      throw new AppError("CONFLICT", "There is no decision waiting for the young commissioners' panel.");
    if (!input.approve) {
      if (!input.note)
        throw new AppError("INVALID", "Say why the panel does not agree.", {
          note: "Say why the panel does not agree",
        });
      await tx.award.update({
        where: { id: award.id },
        data: {
          status: "CANCELLED",
          decisionNote: `${award.decisionNote ?? ""}\n\nYoung commissioners' panel: ${input.note}`.trim(),
        },
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
          body: "Read their reason on the award page and decide again.",
          href: `/commissioner/tenders/${input.tenderId}/award`,
        },
      );
      await recordAudit(tx, actor, {
        action: "award:young-panel-reject",
        entityType: "Tender",
        entityId: input.tenderId,
        summary: `The young commissioners' panel did not approve the award decision on tender ${tender.reference}`,
      });
      return;
    }
    const { standstillDays } = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { standstillDays: true },
    });
    const standstillEndsAt = addDays(now, standstillDays);
    await tx.award.update({
      where: { id: award.id },
      data: {
        youngPanelApprovedById: actor.userId,
        youngPanelApprovedAt: now,
        status: "STANDSTILL",
        standstillEndsAt,
      },
    });
    await issueLetters(tx, evaluation, award.winningBidId, now);
    await notifyOrganisations(
      tx,
      actor.councilId,
      evaluation.bids.map((b) => b.organisationId),
      {
        title: `Tender result: ${tender.title}`,
        body: "The council has made its award decision. Read your letter with your scores and the reasons.",
        href: `/provider/tenders/${input.tenderId}#result`,
      },
    );
    await recordAudit(tx, actor, {
      action: "award:young-panel-approve",
      entityType: "Tender",
      entityId: input.tenderId,
      summary: `The young commissioners' panel approved the award on tender ${tender.reference}; standstill until ${standstillEndsAt.toISOString().slice(0, 10)}`,
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

async function issueLetters(
  tx: Tx,
  evaluation: Awaited<ReturnType<typeof loadEvaluation>>,
  winningBidId: string,
  now: Date,
) {
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
    const contract = await createContractFromAward(tx, actor, tenderId, award.winningBidId, now);
    await tx.award.update({
      where: { id: award.id },
      data: { status: "CONFIRMED", contractId: contract.id },
    });
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
