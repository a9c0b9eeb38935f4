import type { Actor } from "../../auth/actor";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import { prisma } from "../../db";
import { listingDiff } from "../../domain/listing-diff";
import { serviceListingSchema } from "../../schemas/service-listing";
import { councilListingRevisionScope } from "../scopes";
import { listingFieldsSelect, listingOf } from "./listing-fields";

/**
 * One proposed listing change for a commissioner to decide, with a field-by-field comparison against
 * the listing as it is now (or, for a new listing, the proposal alone). Null outside the council.
 */
export async function getListingRevision(actor: Actor, id: string) {
  const revision = await prisma.serviceRevision.findFirst({
    where: { AND: [councilListingRevisionScope(actor), { id }] },
    select: {
      id: true,
      status: true,
      reason: true,
      isNewListing: true,
      proposed: true,
      createdAt: true,
      decidedAt: true,
      service: {
        select: {
          id: true,
          status: true,
          ...listingFieldsSelect,
          organisation: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!revision) return null;
  const [serviceTypes, districts, needTypes] = await Promise.all([
    councilServiceTypeOptions(actor.councilId, "filter"),
    prisma.district.findMany({ where: { councilId: actor.councilId }, select: { code: true, name: true } }),
    prisma.needType.findMany({ where: { councilId: actor.councilId }, select: { code: true, name: true } }),
  ]);
  const names = {
    serviceTypes: Object.fromEntries(serviceTypes.map((t) => [t.code, t.name])),
    districts: Object.fromEntries(districts.map((d) => [d.code, d.name])),
    needTypes: Object.fromEntries(needTypes.map((n) => [n.code, n.name])),
  };
  const proposed = serviceListingSchema.safeParse(revision.proposed);
  const { service } = revision;
  return {
    id: revision.id,
    status: revision.status,
    reason: revision.reason,
    isNewListing: revision.isNewListing,
    createdAt: revision.createdAt,
    decidedAt: revision.decidedAt,
    service: {
      id: service.id,
      name: service.name,
      status: service.status,
      organisation: service.organisation,
    },
    /** Null when the stored proposal no longer passes the form's checks (it cannot be approved). */
    diff: proposed.success
      ? listingDiff(revision.isNewListing ? null : listingOf(service), proposed.data, names)
      : null,
  };
}
