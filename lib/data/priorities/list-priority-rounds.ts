import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { englandToday } from "../../domain/involvement/consent";
import { roundIsOpen } from "../../domain/priorities/round-status";
import { pageOf } from "../paging";
import { priorityRoundScope } from "../scopes";

export const COUNCIL_PRIORITY_ROUNDS_PAGE_SIZE = 20;

/** The council's priority rounds, newest first, with how many young commissioners have ranked. */
export async function listPriorityRounds(actor: Actor, query: { page: number }, now = new Date()) {
  const today = englandToday(now);
  const where = { AND: [priorityRoundScope(actor)] };
  const [rows, total] = await Promise.all([
    prisma.priorityRound.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * COUNCIL_PRIORITY_ROUNDS_PAGE_SIZE,
      take: COUNCIL_PRIORITY_ROUNDS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        closesOn: true,
        _count: { select: { items: true, rankings: true } },
      },
    }),
    prisma.priorityRound.count({ where }),
  ]);
  return pageOf(
    rows.map((r) => ({
      id: r.id,
      title: r.title,
      closesOn: r.closesOn,
      open: roundIsOpen(r, today),
      items: r._count.items,
      rankings: r._count.rankings,
    })),
    total,
    query.page,
    COUNCIL_PRIORITY_ROUNDS_PAGE_SIZE,
  );
}

/** The council's active types of need, in its order: what a new round ranks by default. */
export function listRankableNeedTypes(actor: Actor) {
  return prisma.needType.findMany({
    where: { AND: [{ councilId: actor.councilId }, { retiredAt: null }] },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
