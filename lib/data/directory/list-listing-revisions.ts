import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { pageOf } from "../paging";
import { councilListingRevisionScope } from "../scopes";

export const REVISIONS_PAGE_SIZE = 25;

/** The council's review queue: listing changes and new listings awaiting a decision, oldest first. */
export async function listListingRevisions(actor: Actor, page: number) {
  const where = { AND: [councilListingRevisionScope(actor), { status: "PENDING" as const }] };
  const [total, rows] = await Promise.all([
    prisma.serviceRevision.count({ where }),
    prisma.serviceRevision.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * REVISIONS_PAGE_SIZE,
      take: REVISIONS_PAGE_SIZE,
      select: {
        id: true,
        isNewListing: true,
        createdAt: true,
        service: { select: { name: true, organisation: { select: { name: true } } } },
      },
    }),
  ]);
  return pageOf(rows, total, page, REVISIONS_PAGE_SIZE);
}
