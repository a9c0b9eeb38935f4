import type { Actor } from "../../auth/actor";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { prisma } from "../../db";
import { isReviewDue } from "../../domain/directory";
import { pageOf } from "../paging";
import { ownListingScope } from "../scopes";

export const OWN_LISTINGS_PAGE_SIZE = 25;

/**
 * A page of the provider's own listings in the actor's council, whatever their status, each with
 * whether a change is awaiting the council and whether its six-monthly review is due.
 */
export async function listOwnListings(actor: Actor, page: number, now = new Date()) {
  const where = { AND: [ownListingScope(actor)] };
  const [total, rows] = await Promise.all([
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * OWN_LISTINGS_PAGE_SIZE,
      take: OWN_LISTINGS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        status: true,
        lastReviewedAt: true,
        createdAt: true,
        serviceType: serviceTypeOf(actor.councilId),
        revisions: { where: { status: "PENDING" }, select: { id: true }, take: 1 },
      },
    }),
  ]);
  const items = rows.map(({ revisions, ...s }) => ({
    ...s,
    serviceType: labelled(s.serviceType),
    pendingChange: revisions.length > 0,
    reviewDue: s.status === "PUBLISHED" && isReviewDue(s, now),
  }));
  return pageOf(items, total, page, OWN_LISTINGS_PAGE_SIZE);
}
