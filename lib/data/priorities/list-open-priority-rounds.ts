import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { englandToday } from "../../domain/involvement/consent";
import { pageOf } from "../paging";
import { priorityRoundScope } from "../scopes";

export const PRIORITY_ROUNDS_PAGE_SIZE = 20;

/**
 * For a young commissioner: the council's rounds still taking rankings (open, closing today or
 * later), soonest to close first, each with whether they have ranked in it yet.
 */
export async function listOpenPriorityRounds(actor: Actor, query: { page: number }, now = new Date()) {
  const today = englandToday(now);
  const where = { AND: [priorityRoundScope(actor), { status: "OPEN" as const, closesOn: { gte: today } }] };
  const [rows, total] = await Promise.all([
    prisma.priorityRound.findMany({
      where,
      orderBy: [{ closesOn: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PRIORITY_ROUNDS_PAGE_SIZE,
      take: PRIORITY_ROUNDS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        closesOn: true,
        _count: { select: { items: true } },
        rankings: { where: { membershipId: actor.membershipId }, select: { updatedAt: true } },
      },
    }),
    prisma.priorityRound.count({ where }),
  ]);
  return pageOf(
    rows.map((r) => ({
      id: r.id,
      title: r.title,
      closesOn: r.closesOn,
      items: r._count.items,
      rankedAt: r.rankings[0]?.updatedAt ?? null,
    })),
    total,
    query.page,
    PRIORITY_ROUNDS_PAGE_SIZE,
  );
}
