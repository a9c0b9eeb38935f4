import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { pageOf } from "../paging";

export const COUNCILS_PAGE_SIZE = 25;

/**
 * A page of every council, by name, for the platform administrator: names and sizes only, nothing
 * of their records. `created`: the slug of a council just made, named for the confirmation whatever
 * page it falls on.
 */
export async function listCouncils(_by: Actor, page = 1, created?: string) {
  const [items, total, made] = await Promise.all([
    prisma.council.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * COUNCILS_PAGE_SIZE,
      take: COUNCILS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        createdAt: true,
        _count: { select: { memberships: true, districts: true } },
      },
    }),
    prisma.council.count(),
    created ? prisma.council.findUnique({ where: { slug: created }, select: { name: true } }) : null,
  ]);
  return { councils: pageOf(items, total, page, COUNCILS_PAGE_SIZE), created: made };
}
