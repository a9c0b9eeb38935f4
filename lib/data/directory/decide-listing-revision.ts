import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { serviceListingSchema } from "../../schemas/service-listing";
import { recordAudit } from "../audit/record-audit";
import { listingColumns, resolveListingCodes } from "./listing-fields";

export type ListingDecision = { revisionId: string } & (
  { decision: "APPROVE"; reason?: string } | { decision: "REJECT"; reason: string }
);

/**
 * A commissioner approves or rejects a proposed listing change of their council. Approval applies
 * the proposal to the listing (publishing a new one), sets its "last reviewed" date, and marks the
 * revision approved, all in one transaction with the revision and the listing locked, so two
 * commissioners cannot both decide it. Rejection keeps the listing as it is, with the reason. The
 * provider's staff in the council are told either way. Another council's revision is "not found".
 */
export async function decideListingRevision(actor: Actor, input: ListingDecision, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; serviceId: string }[]>`
      SELECT id, "serviceId" FROM "ServiceRevision"
      WHERE id = ${input.revisionId} AND "councilId" = ${actor.councilId}
      FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("The proposed change");
    await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${locked[0].serviceId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const revision = await tx.serviceRevision.findUniqueOrThrow({
      where: { id: input.revisionId },
      select: {
        id: true,
        status: true,
        proposed: true,
        isNewListing: true,
        organisationId: true,
        service: { select: { id: true, name: true, status: true } },
      },
    });
    if (revision.status !== "PENDING")
      throw new AppError("CONFLICT", "This change has already been decided.");

    if (input.decision === "REJECT") {
      await tx.serviceRevision.update({
        where: { id: revision.id },
        data: { status: "REJECTED", reason: input.reason, decidedById: actor.userId, decidedAt: now },
      });
    } else {
      const parsed = serviceListingSchema.safeParse(revision.proposed);
      if (!parsed.success)
        throw new AppError(
          "CONFLICT",
          "This proposal no longer passes the listing's checks. Reject it with a reason.",
        );
      const listing = parsed.data;
      const ids = await resolveListingCodes(tx, actor.councilId, listing, revision.service.id);
      if (revision.service.status === "ARCHIVED")
        throw new AppError("CONFLICT", "The listing has been archived, so the change cannot be applied.");
      await tx.service.update({
        where: { id: revision.service.id },
        data: {
          ...listingColumns(listing),
          serviceTypeId: ids.serviceTypeId,
          districts: { set: ids.districtIds },
          needTypes: { set: ids.needTypeIds },
          lastReviewedAt: now,
          ...(revision.isNewListing ? { status: "PUBLISHED" as const } : {}),
        },
      });
      await tx.serviceRevision.update({
        where: { id: revision.id },
        data: { status: "APPROVED", reason: input.reason ?? null, decidedById: actor.userId, decidedAt: now },
      });
    }

    const approved = input.decision === "APPROVE";
    await recordAudit(tx, actor, {
      action: approved ? "listing:approve" : "listing:reject",
      entityType: "ServiceRevision",
      entityId: revision.id,
      summary: `${approved ? "Approved" : "Rejected"} ${revision.isNewListing ? "the new listing" : "a change to the listing"} "${revision.service.name}"`,
      metadata: { serviceId: revision.service.id, ...(input.reason ? { reason: input.reason } : {}) },
    });
    const staff = await tx.membership.findMany({
      where: {
        councilId: actor.councilId,
        organisationId: revision.organisationId,
        role: "PROVIDER",
        disabledAt: null,
      },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: staff.map((m) => ({
        councilId: actor.councilId,
        membershipId: m.id,
        title: approved ? "Listing change approved" : "Listing change not approved",
        body: approved
          ? `Your change to "${revision.service.name}" is now in the public directory.`
          : `Your change to "${revision.service.name}" was not approved: ${input.reason}`,
        href: `/provider/services/${revision.service.id}`,
        createdAt: now,
      })),
    });
  });
}
