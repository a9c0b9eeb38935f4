import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { bidsUnsealed } from "../../domain/tenders/tender-status";
import { recordAudit } from "../audit/record-audit";
import { lockTender } from "./lock-tender";
import { unsealedBids } from "./sealed-bids";

const seatInclude = {
  assignments: {
    select: {
      criterion: {
        select: {
          id: true,
          kind: true,
          title: true,
          question: true,
          guidance: true,
          weight: true,
          position: true,
        },
      },
    },
  },
  conflicts: { select: { bidId: true, hasConflict: true } },
  scores: { select: { bidId: true, criterionId: true, score: true, reason: true, updatedAt: true } },
  panel: {
    select: {
      tender: {
        select: {
          id: true,
          councilId: true,
          reference: true,
          title: true,
          status: true,
          submissionDeadline: true,
          evaluationEndsAt: true,
          hideBidderNames: true,
          award: {
            select: {
              status: true,
              commissionerDecisionAt: true,
              youngPanelApprovedAt: true,
              decisionNote: true,
              returnedAt: true,
              returnNote: true,
              proceededAt: true,
              proceedReason: true,
              winningBid: { select: { label: true, organisation: { select: { name: true } } } },
            },
          },
        },
      },
    },
  },
} as const;

async function findSeat(actor: Actor, tenderId: string) {
  const seat = await prisma.panelMember.findFirst({
    where: { councilId: actor.councilId, membershipId: actor.membershipId, panel: { tenderId } },
    include: seatInclude,
  });
  if (!seat) throw new NotFoundError("The tender");
  return seat;
}

/** Tenders whose panel the actor sits on, newest first. */
export async function listPanelSeats(actor: Actor) {
  const seats = await prisma.panelMember.findMany({
    where: { councilId: actor.councilId, membershipId: actor.membershipId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      role: true,
      _count: { select: { assignments: true, scores: true } },
      panel: {
        select: {
          tender: {
            select: {
              id: true,
              title: true,
              reference: true,
              status: true,
              submissionDeadline: true,
              evaluationEndsAt: true,
              _count: { select: { bids: { where: { status: "SUBMITTED" } } } },
            },
          },
        },
      },
    },
  });
  return seats.map((s) => ({
    ...s.panel.tender,
    role: s.role,
    assigned: s._count.assignments,
    scored: s._count.scores,
  }));
}

/**
 * What one evaluator sees: their assigned criteria only, and (once unsealed) the submitted bids'
 * answers to those criteria, by label when the panel hides names. Organisation names are shown
 * only to declare conflicts, in a separate alphabetical list keyed by organisation.
 */
export async function getEvaluatorView(actor: Actor, tenderId: string, now = new Date()) {
  const seat = await findSeat(actor, tenderId);
  const tender = seat.panel.tender;
  const criteria = seat.assignments.map((a) => a.criterion).sort((a, b) => a.position - b.position);
  const unsealed = bidsUnsealed(tender.status, tender.submissionDeadline, now);
  const bids = unsealed
    ? await unsealedBids(
        prisma,
        tender,
        now,
        criteria.map((c) => c.id),
      )
    : [];
  const declared = new Map(seat.conflicts.map((c) => [c.bidId, c.hasConflict]));
  const organisations = bids
    .map((b) => ({
      organisationId: b.organisationId,
      name: b.organisation.name,
      declared: declared.has(b.id) ? declared.get(b.id)! : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const allDeclared = bids.length > 0 && bids.every((b) => declared.has(b.id));
  const scorable = bids
    .filter((b) => declared.get(b.id) === false)
    .map((b) => ({
      id: b.id,
      name: tender.hideBidderNames ? (b.label ?? "Bidder") : b.organisation.name,
      answers: Object.fromEntries(b.answers.map((a) => [a.criterionId, a.answer])),
    }));
  const scores = new Map(seat.scores.map((s) => [`${s.bidId}:${s.criterionId}`, s]));
  const conflicted = bids.filter((b) => declared.get(b.id) === true).length;
  const required = scorable.length * criteria.length;
  const done = scorable.reduce((n, b) => n + criteria.filter((c) => scores.has(`${b.id}:${c.id}`)).length, 0);
  return {
    tender,
    role: seat.role,
    criteria,
    unsealed,
    organisations,
    allDeclared,
    bids: scorable,
    conflicted,
    scores,
    progress: { done, required },
    canScore: tender.status === "IN_EVALUATION" && !tender.award,
  };
}

export interface ConflictInput {
  organisationId: string;
  hasConflict: boolean;
  details: string | null;
}

/** Declarations are made once, for every bidder, before any scoring; a conflict bars scoring that bid. */
export async function declareConflicts(
  actor: Actor,
  tenderId: string,
  declarations: ConflictInput[],
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId, "share");
    const seat = await tx.panelMember.findFirst({
      where: { councilId: actor.councilId, membershipId: actor.membershipId, panel: { tenderId } },
      select: {
        id: true,
        panel: {
          select: {
            tender: {
              select: { id: true, councilId: true, status: true, submissionDeadline: true, reference: true },
            },
          },
        },
      },
    });
    if (!seat) throw new NotFoundError("The tender");
    const tender = seat.panel.tender;
    if (tender.status !== "IN_EVALUATION")
      throw new AppError("CONFLICT", "Declarations open when the tender is in evaluation.");
    // Declarations are made once: the seat is locked and its declarations counted again under it.
    await tx.$queryRaw`SELECT id FROM "PanelMember" WHERE id = ${seat.id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    if (await tx.conflictDeclaration.count({ where: { panelMemberId: seat.id } }))
      throw new AppError(
        "CONFLICT",
        "You have already made your declarations. Ask the chair if something has changed.",
      );
    const bids = await unsealedBids(tx, tender, now, []);
    const byOrg = new Map(declarations.map((d) => [d.organisationId, d]));
    const errors: Record<string, string> = {};
    for (const [i, b] of bids.entries()) {
      const d = byOrg.get(b.organisationId);
      if (!d)
        errors[`conflict-${i}`] = `Say whether you have a conflict of interest with ${b.organisation.name}`;
      else if (d.hasConflict && !d.details)
        errors[`details-${i}`] = `Say what your conflict with ${b.organisation.name} is`;
    }
    if (Object.keys(errors).length) throw new AppError("INVALID", "Answer for every bidder.", errors);
    await tx.conflictDeclaration.createMany({
      data: bids.map((b) => {
        const d = byOrg.get(b.organisationId)!;
        return {
          councilId: actor.councilId,
          panelMemberId: seat.id,
          bidId: b.id,
          hasConflict: d.hasConflict,
          details: d.hasConflict ? d.details : null,
        };
      }),
    });
    const conflicts = bids.filter((b) => byOrg.get(b.organisationId)!.hasConflict).length;
    await recordAudit(tx, actor, {
      action: "conflict:declare",
      entityType: "Tender",
      entityId: tender.id,
      summary: `Declared interests for tender ${tender.reference}: ${conflicts} conflict${conflicts === 1 ? "" : "s"}`,
    });
  });
}

export interface ScoreInput {
  tenderId: string;
  bidId: string;
  criterionId: string;
  score: number;
  reason: string;
}

/** Saves (or changes) one score; only an assigned, unconflicted evaluator while the tender is in evaluation. */
export async function saveScore(actor: Actor, input: ScoreInput, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    // Held still while the score is written: a proposal waits for it, or it sees the proposal.
    await lockTender(tx, actor.councilId, input.tenderId, "share");
    const seat = await tx.panelMember.findFirst({
      where: {
        councilId: actor.councilId,
        membershipId: actor.membershipId,
        panel: { tenderId: input.tenderId },
      },
      select: {
        id: true,
        assignments: {
          where: { criterionId: input.criterionId },
          select: { criterion: { select: { kind: true, title: true } } },
        },
        conflicts: { where: { bidId: input.bidId }, select: { hasConflict: true } },
        panel: {
          select: {
            tender: {
              select: {
                id: true,
                councilId: true,
                status: true,
                submissionDeadline: true,
                reference: true,
                award: { select: { id: true } },
              },
            },
          },
        },
      },
    });
    if (!seat || !seat.assignments.length) throw new NotFoundError("The criterion");
    const tender = seat.panel.tender;
    if (seat.assignments[0].criterion.kind === "PRICE")
      throw new AppError("INVALID", "Price is scored by formula, not by the panel.");
    if (tender.status !== "IN_EVALUATION" || tender.award)
      throw new AppError("CONFLICT", "Scoring is closed for this tender. Your score was not saved.");
    const bids = await unsealedBids(tx, tender, now, []);
    if (!bids.some((b) => b.id === input.bidId)) throw new NotFoundError("The bid");
    const declaration = seat.conflicts[0];
    if (!declaration)
      throw new AppError("CONFLICT", "Declare your interests for every bidder before scoring.");
    if (declaration.hasConflict)
      throw new AppError(
        "CONFLICT",
        "You declared a conflict of interest with this bidder, so you cannot score their bid.",
      );
    await tx.score.upsert({
      where: {
        bidId_criterionId_panelMemberId: {
          bidId: input.bidId,
          criterionId: input.criterionId,
          panelMemberId: seat.id,
        },
      },
      create: {
        councilId: actor.councilId,
        bidId: input.bidId,
        criterionId: input.criterionId,
        panelMemberId: seat.id,
        score: input.score,
        reason: input.reason,
      },
      update: { score: input.score, reason: input.reason },
    });
    await recordAudit(tx, actor, {
      action: "score:save",
      entityType: "Bid",
      entityId: input.bidId,
      summary: `Scored "${seat.assignments[0].criterion.title}" on tender ${tender.reference}`,
      metadata: { criterionId: input.criterionId, score: input.score },
    });
  });
}
