import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { ownListingScope } from "../scopes";
import { reviewDueWhere } from "./directory-predicates";

/** The provider's published listings due for their six-monthly review, longest unreviewed first (at most 20). */
export async function listListingsDueForReview(actor: Actor, now = new Date()) {
  return prisma.service.findMany({
    where: { AND: [ownListingScope(actor), reviewDueWhere(now)] },
    orderBy: [{ lastReviewedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: 20,
    select: { id: true, name: true, lastReviewedAt: true, createdAt: true },
  });
}
