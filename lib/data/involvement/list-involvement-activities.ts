import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import type { ActivityListQuery } from "../../schemas/involvement-activity";
import { pageOf } from "../paging";

export const ACTIVITIES_PAGE_SIZE = 25;

/** The council's involvement activities, newest first, filtered by kind and date range, one page at a time. */
export async function listInvolvementActivities(actor: Actor, query: ActivityListQuery) {
  const heldOn: Prisma.DateTimeFilter = {};
  if (query.from) heldOn.gte = new Date(`${query.from}T00:00:00Z`);
  if (query.to) heldOn.lte = new Date(`${query.to}T00:00:00Z`);
  const filters: Prisma.InvolvementActivityWhereInput = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.from || query.to ? { heldOn } : {}),
  };
  const where: Prisma.InvolvementActivityWhereInput = { AND: [{ councilId: actor.councilId }, filters] };
  const [items, total] = await Promise.all([
    prisma.involvementActivity.findMany({
      where,
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * ACTIVITIES_PAGE_SIZE,
      take: ACTIVITIES_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        title: true,
        heldOn: true,
        participants: true,
        _count: { select: { youSaidWeDid: true } },
      },
    }),
    prisma.involvementActivity.count({ where }),
  ]);
  return pageOf(
    items.map(({ _count, ...a }) => ({ ...a, youSaidWeDid: _count.youSaidWeDid })),
    total,
    query.page,
    ACTIVITIES_PAGE_SIZE,
  );
}
