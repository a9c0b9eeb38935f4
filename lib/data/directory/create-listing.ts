import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotAllowedError } from "../../errors";
import type { ServiceListing } from "../../schemas/service-listing";
import { recordAudit } from "../audit/record-audit";
import { listingColumns, resolveListingCodes } from "./listing-fields";
import { notifyCommissionersOfRevision } from "./notify-commissioners-of-revision";

/**
 * A new listing of the provider's own organisation in the actor's council: saved as a draft (never
 * public) with a pending revision that publishes it once a commissioner approves it (the council's commissioners are told).
 */
export async function createListing(actor: Actor, listing: ServiceListing) {
  const organisationId = actor.organisationId;
  if (!organisationId) throw new NotAllowedError();
  return prisma.$transaction(async (tx) => {
    const ids = await resolveListingCodes(tx, actor.councilId, listing);
    const service = await tx.service.create({
      data: {
        councilId: actor.councilId,
        organisationId,
        serviceTypeId: ids.serviceTypeId,
        ...listingColumns(listing),
        status: "DRAFT",
        districts: { connect: ids.districtIds },
        needTypes: { connect: ids.needTypeIds },
      },
      select: { id: true },
    });
    const revision = await tx.serviceRevision.create({
      data: {
        councilId: actor.councilId,
        serviceId: service.id,
        organisationId,
        proposed: listing,
        isNewListing: true,
        proposedById: actor.userId,
      },
      select: { id: true },
    });
    await notifyCommissionersOfRevision(tx, actor.councilId, {
      id: revision.id,
      isNewListing: true,
      listingName: listing.name,
    });
    await recordAudit(tx, actor, {
      action: "listing:create",
      entityType: "Service",
      entityId: service.id,
      summary: `Proposed a new listing "${listing.name}"`,
    });
    return service;
  });
}
