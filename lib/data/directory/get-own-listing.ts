import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { isReviewDue } from "../../domain/directory";
import { ownListingScope } from "../scopes";
import { listingFieldsSelect, listingOf } from "./listing-fields";

/**
 * One of the provider's own listings, as its fields stand (the change form's starting values), with
 * the change awaiting the council and the last few decisions. Null when it is another organisation's
 * or another council's, or missing.
 */
export async function getOwnListing(actor: Actor, id: string, now = new Date()) {
  const row = await prisma.service.findFirst({
    where: { AND: [ownListingScope(actor), { id }] },
    select: {
      id: true,
      status: true,
      lastReviewedAt: true,
      createdAt: true,
      ...listingFieldsSelect,
      revisions: {
        orderBy: { createdAt: "desc" },
        take: 5,
        select: {
          id: true,
          status: true,
          reason: true,
          isNewListing: true,
          createdAt: true,
          decidedAt: true,
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    lastReviewedAt: row.lastReviewedAt,
    createdAt: row.createdAt,
    listing: listingOf(row),
    pending: row.revisions.find((r) => r.status === "PENDING") ?? null,
    decided: row.revisions.filter((r) => r.status !== "PENDING"),
    reviewDue: row.status === "PUBLISHED" && isReviewDue(row, now),
  };
}
