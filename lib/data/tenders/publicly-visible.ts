import type { Prisma } from "../../db";

/**
 * The one rule for which tenders providers and the public may see: those that have been
 * published, whatever happened next (closed, awarded, or cancelled after publication). A draft
 * never is, not even once cancelled. Every public or provider query of tenders includes it.
 */
export const publiclyVisibleTenderWhere = {
  publishedAt: { not: null },
} as const satisfies Prisma.TenderWhereInput;

/** Open for bids now: published, not closed, before the deadline. The provider's home page and list use it. */
export function openForBidsTenderWhere(now: Date): Prisma.TenderWhereInput {
  return { AND: [publiclyVisibleTenderWhere, { status: "PUBLISHED", submissionDeadline: { gt: now } }] };
}
