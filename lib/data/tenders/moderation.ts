import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { rankBids, spreadOf, type RankedBid } from "../../domain/tenders/scoring";
import { awardDecisionOpen, moderationOpen } from "../../domain/tenders/award-status";
import { awardDecisionRefusal, moderationRefusal, type PanelSeat } from "../../domain/tenders/panel-powers";
import { recordAudit } from "../audit/record-audit";
import { lockTender } from "./lock-tender";
import { unsealedBids } from "./sealed-bids";

const tenderSelect = {
  id: true,
  councilId: true,
  reference: true,
  title: true,
  status: true,
  submissionDeadline: true,
  hideBidderNames: true,
  criteria: { orderBy: { position: "asc" }, select: { id: true, kind: true, title: true, weight: true } },
  award: true,
} as const;

/**
 * Everything moderation needs: every panel score per criterion and bid with its spread, the
 * moderated scores, and — once every quality cell is moderated — weighted totals and the ranking.
 */
export async function loadEvaluation(tx: Tx, councilId: string, tenderId: string, now: Date) {
  const tender = await tx.tender.findFirst({ where: { id: tenderId, councilId }, select: tenderSelect });
  if (!tender) throw new NotFoundError("The tender");
  const bids = await unsealedBids(tx, tender, now, []);
  const [scores, moderated] = await Promise.all([
    tx.score.findMany({
      where: { councilId, criterion: { tenderId } },
      select: {
        bidId: true,
        criterionId: true,
        score: true,
        reason: true,
        panelMember: { select: { role: true, membership: { select: { user: { select: { name: true } } } } } },
      },
    }),
    tx.moderatedScore.findMany({
      where: { councilId, criterion: { tenderId } },
      select: { bidId: true, criterionId: true, score: true, note: true },
    }),
  ]);
  const judged = tender.criteria.filter((c) => c.kind !== "PRICE");
  const cells = judged.flatMap((c) =>
    bids.map((b) => {
      const cellScores = scores.filter((s) => s.bidId === b.id && s.criterionId === c.id);
      return {
        criterionId: c.id,
        bidId: b.id,
        scores: cellScores.map((s) => ({
          score: s.score,
          reason: s.reason,
          evaluator: s.panelMember.membership.user.name,
          role: s.panelMember.role,
        })),
        spread: spreadOf(cellScores.map((s) => s.score)),
        moderated: moderated.find((m) => m.bidId === b.id && m.criterionId === c.id) ?? null,
      };
    }),
  );
  const complete = bids.length > 0 && cells.every((c) => c.moderated);
  let ranking: RankedBid[] | null = null;
  if (complete) {
    const map = new Map<string, Map<string, number>>();
    for (const cell of cells) {
      if (!map.has(cell.bidId)) map.set(cell.bidId, new Map());
      map.get(cell.bidId)!.set(cell.criterionId, cell.moderated!.score);
    }
    ranking = rankBids(
      tender.criteria,
      bids.map((b) => ({
        id: b.id,
        price: b.price ? new Decimal(b.price.toString()) : null,
        submittedAt: b.submittedAt ?? new Date(0),
      })),
      map,
    );
  }
  const nameOf = (bidId: string) => {
    const b = bids.find((x) => x.id === bidId)!;
    return tender.hideBidderNames && !tender.award ? (b.label ?? "Bidder") : b.organisation.name;
  };
  return { tender, bids, cells, complete, ranking, nameOf, moderated };
}

/** The actor's seat on the tender's panel and their declarations, or null when they have none. */
export async function loadSeat(tx: Tx, actor: Actor, tenderId: string): Promise<PanelSeat | null> {
  const seat = await tx.panelMember.findFirst({
    where: { councilId: actor.councilId, membershipId: actor.membershipId, panel: { tenderId } },
    select: { role: true, conflicts: { select: { bidId: true, hasConflict: true } } },
  });
  if (!seat) return null;
  return { role: seat.role, declarations: new Map(seat.conflicts.map((c) => [c.bidId, c.hasConflict])) };
}

/**
 * The moderation and award pages' data, with what this person may do: which bids they may not
 * moderate and why, whether they chair the panel, and why they may not decide the award.
 */
export async function getModeration(actor: Actor, tenderId: string, now = new Date()) {
  const evaluation = await loadEvaluation(prisma, actor.councilId, tenderId, now);
  const [seat, chair] = await Promise.all([
    loadSeat(prisma, actor, tenderId),
    prisma.panelMember.findFirst({
      where: { councilId: actor.councilId, panel: { tenderId }, role: "CHAIR" },
      select: { membership: { select: { user: { select: { name: true } } } } },
    }),
  ]);
  const { tender, bids, ranking } = evaluation;
  const refusals: Record<string, string> = {};
  for (const b of bids) {
    const refusal = moderationRefusal(seat, b.id);
    if (refusal) refusals[b.id] = refusal;
  }
  const winningBidId =
    tender.award?.status === "RETURNED" ? tender.award.winningBidId : (ranking?.[0]?.bidId ?? null);
  return {
    ...evaluation,
    moderation: {
      open: moderationOpen(tender.status, tender.award),
      decisionOpen: awardDecisionOpen(tender.status, tender.award),
      seatRole: seat?.role ?? null,
      isChair: seat?.role === "CHAIR",
      chairName: chair?.membership.user.name ?? null,
      refusals,
      /** Why this person may not propose the award for the current top-ranked bid. */
      proposeRefusal: awardDecisionRefusal(seat, ranking?.[0]?.bidId ?? null),
      /** Why this person may not go ahead with a returned decision. */
      proceedRefusal: awardDecisionRefusal(seat, winningBidId),
    },
  };
}

/**
 * Sets one moderated score. Only while no award decision stands, and only by a commissioner on the
 * panel who declared no conflict with this bidder: both re-checked under a lock on the tender.
 */
export async function setModeratedScore(
  actor: Actor,
  input: { tenderId: string; bidId: string; criterionId: string; score: number; note: string },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, input.tenderId, "share");
    const { tender, bids } = await loadEvaluation(tx, actor.councilId, input.tenderId, now);
    if (!moderationOpen(tender.status, tender.award))
      throw new AppError(
        "CONFLICT",
        "Moderation is closed: an award decision is waiting or has been made. Nothing was changed.",
      );
    const criterion = tender.criteria.find((c) => c.id === input.criterionId && c.kind !== "PRICE");
    if (!criterion || !bids.some((b) => b.id === input.bidId)) throw new NotFoundError("The score");
    const refusal = moderationRefusal(await loadSeat(tx, actor, input.tenderId), input.bidId);
    if (refusal) throw new AppError("NOT_ALLOWED", refusal);
    await tx.moderatedScore.upsert({
      where: { bidId_criterionId: { bidId: input.bidId, criterionId: input.criterionId } },
      create: {
        councilId: actor.councilId,
        bidId: input.bidId,
        criterionId: input.criterionId,
        score: input.score,
        note: input.note,
        moderatedById: actor.userId,
        moderatedAt: now,
      },
      update: { score: input.score, note: input.note, moderatedById: actor.userId, moderatedAt: now },
    });
    await recordAudit(tx, actor, {
      action: "score:moderate",
      entityType: "Bid",
      entityId: input.bidId,
      summary: `Moderated "${criterion.title}" on tender ${tender.reference} to ${input.score}`,
      metadata: { criterionId: input.criterionId, score: input.score },
    });
  });
}
