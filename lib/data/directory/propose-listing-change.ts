import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { ServiceListing } from "../../schemas/service-listing";
import { recordAudit } from "../audit/record-audit";
import { resolveListingCodes } from "./listing-fields";
import { notifyCommissionersOfRevision } from "./notify-commissioners-of-revision";

/**
 * Stores a provider's proposed change to one of its own listings as a pending revision: nothing
 * public changes until a commissioner of the council approves it. One change at a time per listing
 * (the listing's row is locked while checking). The council's commissioners are told. Another organisation's listing is "not found".
 */
export async function proposeListingChange(actor: Actor, serviceId: string, listing: ServiceListing) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Service"
      WHERE id = ${serviceId} AND "councilId" = ${actor.councilId} AND "organisationId" = ${actor.organisationId}
      FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("The listing");
    const service = await tx.service.findUniqueOrThrow({
      where: { id: serviceId },
      select: {
        id: true,
        name: true,
        status: true,
        revisions: { where: { status: "PENDING" }, select: { id: true } },
      },
    });
    if (service.status === "ARCHIVED")
      throw new AppError("CONFLICT", "This listing is archived, so it cannot be changed.");
    if (service.revisions.length)
      throw new AppError(
        "CONFLICT",
        "A change to this listing is already waiting for the council. You can propose another once it has been decided.",
      );
    await resolveListingCodes(tx, actor.councilId, listing, serviceId);
    const revision = await tx.serviceRevision.create({
      data: {
        councilId: actor.councilId,
        serviceId,
        organisationId: actor.organisationId!,
        proposed: listing,
        // A draft (a new listing the council turned down) is sent again as a new listing: approval publishes it.
        isNewListing: service.status === "DRAFT",
        proposedById: actor.userId,
      },
      select: { id: true, isNewListing: true },
    });
    await notifyCommissionersOfRevision(tx, actor.councilId, { ...revision, listingName: listing.name });
    await recordAudit(tx, actor, {
      action: "listing:propose",
      entityType: "ServiceRevision",
      entityId: revision.id,
      summary: `Proposed a change to the listing "${service.name}"`,
      metadata: { serviceId },
    });
    return revision;
  });
}
