import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { NotFoundError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { combineRankings } from "../../domain/priorities/combine-rankings";
import { roundIsOpen } from "../../domain/priorities/round-status";
import { priorityRoundScope, specificationScope } from "../scopes";

/** A round's items and combined ranking, read inside a transaction or not. No one's own ranking leaves here. */
export async function combinedRankingOf(db: Tx, councilId: string, roundId: string) {
  const round = await db.priorityRound.findFirst({
    where: { AND: [{ councilId }, { id: roundId }] },
    select: {
      id: true,
      title: true,
      status: true,
      closesOn: true,
      closedAt: true,
      createdAt: true,
      items: { orderBy: { position: "asc" }, select: { id: true, name: true } },
      rankings: { select: { itemOrder: true } },
    },
  });
  if (!round) return null;
  const { rankings, ...rest } = round;
  return {
    ...rest,
    combined: combineRankings(
      round.items,
      rankings.map((r) => r.itemOrder),
    ),
  };
}

/**
 * A round as commissioners see it: the combined ranking and how many took part (no names), and
 * the council's draft specifications it can be attached to, with those it already is.
 */
export async function getPriorityRound(actor: Actor, roundId: string, now = new Date()) {
  const today = englandToday(now);
  const round = await prisma.priorityRound.findFirst({
    where: { AND: [priorityRoundScope(actor), { id: roundId }] },
    select: { id: true },
  });
  if (!round) throw new NotFoundError("The priority round");
  const [combined, drafts] = await Promise.all([
    combinedRankingOf(prisma, actor.councilId, round.id),
    prisma.specification.findMany({
      where: { AND: [specificationScope(actor), { status: "DRAFT" }] },
      orderBy: [{ reference: "asc" }],
      select: { id: true, reference: true, currentVersion: true, prioritiesSnapshot: true },
    }),
  ]);
  if (!combined) throw new NotFoundError("The priority round");
  const titles = await prisma.specificationVersion.findMany({
    where: {
      councilId: actor.councilId,
      OR: drafts.map((d) => ({ specificationId: d.id, version: d.currentVersion })),
    },
    select: { specificationId: true, title: true },
  });
  const titleOf = new Map(titles.map((t) => [t.specificationId, t.title]));
  return {
    ...combined,
    open: roundIsOpen(combined, today),
    specifications: drafts.map((d) => ({
      id: d.id,
      reference: d.reference,
      title: titleOf.get(d.id) ?? d.reference,
      attached: isAttached(d.prioritiesSnapshot, round.id),
    })),
  };
}

function isAttached(snapshot: unknown, roundId: string): boolean {
  return (
    typeof snapshot === "object" && snapshot !== null && "roundId" in snapshot && snapshot.roundId === roundId
  );
}
