import { AppError } from "../../errors";
import type { Prisma, Tx } from "../../db";
import type { ServiceListing } from "../../schemas/service-listing";
import { serviceTypeChoice } from "../service-types/check-service-type-choice";

/** What a listing's fields are read with, to show them, compare them or refill the change form. */
export const listingFieldsSelect = {
  name: true,
  description: true,
  eligibility: true,
  ageMin: true,
  ageMax: true,
  venue: true,
  address: true,
  postcode: true,
  email: true,
  phone: true,
  url: true,
  costInfo: true,
  isFree: true,
  accessibilityFeatures: true,
  serviceType: { select: { code: true } },
  districts: { select: { code: true }, orderBy: { code: "asc" } },
  needTypes: { select: { code: true }, orderBy: { code: "asc" } },
} satisfies Prisma.ServiceSelect;

type ListingRow = Prisma.ServiceGetPayload<{ select: typeof listingFieldsSelect }>;

/** A stored listing in the shape a proposal has (ServiceListing), so the two can be compared field by field. */
export function listingOf(row: ListingRow): ServiceListing {
  const optional = (v: string | null) => v ?? undefined;
  return {
    name: row.name,
    description: row.description,
    eligibility: optional(row.eligibility),
    serviceType: row.serviceType.code,
    ageMin: row.ageMin ?? 0,
    ageMax: row.ageMax ?? 25,
    venue: optional(row.venue),
    address: optional(row.address),
    postcode: optional(row.postcode),
    email: optional(row.email),
    phone: optional(row.phone),
    url: optional(row.url),
    costInfo: optional(row.costInfo),
    isFree: row.isFree,
    districts: row.districts.map((d) => d.code),
    needs: row.needTypes.map((n) => n.code),
    accessibility: row.accessibilityFeatures,
  };
}

/**
 * The ids behind a listing's codes, in the council's own lists (districts, types of need, and the
 * national types of break the council uses, decision 0038). A code the council does not have, or has
 * retired, is a field error, so a crafted form cannot attach another council's district to a listing.
 */
export async function resolveListingCodes(
  tx: Tx,
  councilId: string,
  listing: ServiceListing,
  /** The listing being changed: its type, areas and needs may since have been retired (decisions 0034, 0038). */
  serviceId?: string,
) {
  const current = {
    OR: [{ retiredAt: null }, ...(serviceId ? [{ services: { some: { id: serviceId } } }] : [])],
  };
  const [serviceType, districts, needTypes] = await Promise.all([
    serviceTypeChoice(
      tx,
      councilId,
      { code: listing.serviceType },
      serviceId ? { services: { some: { id: serviceId } } } : undefined,
      "type of break",
    ),
    tx.district.findMany({
      where: { councilId, code: { in: listing.districts }, ...current },
      select: { id: true },
    }),
    tx.needType.findMany({
      where: { councilId, code: { in: listing.needs }, ...current },
      select: { id: true },
    }),
  ]);
  const fieldErrors: Record<string, string> = {};
  if (!serviceType.ok) fieldErrors.serviceType = serviceType.message;
  if (districts.length !== new Set(listing.districts).size)
    fieldErrors.districts = "Choose areas from the list";
  if (needTypes.length !== new Set(listing.needs).size)
    fieldErrors.needs = "Choose types of need from the list";
  if (!serviceType.ok || Object.keys(fieldErrors).length)
    throw new AppError("INVALID", "Some of the choices are not on this council's lists.", fieldErrors);
  return { serviceTypeId: serviceType.id, districtIds: districts, needTypeIds: needTypes };
}

/** The Service columns a listing sets (relations are set by the caller with the resolved ids). */
export function listingColumns(listing: ServiceListing) {
  return {
    name: listing.name,
    description: listing.description,
    eligibility: listing.eligibility ?? null,
    ageMin: listing.ageMin,
    ageMax: listing.ageMax,
    venue: listing.venue ?? null,
    address: listing.address ?? null,
    postcode: listing.postcode ?? null,
    email: listing.email ?? null,
    phone: listing.phone ?? null,
    url: listing.url ?? null,
    costInfo: listing.costInfo ?? null,
    isFree: listing.isFree,
    accessibilityFeatures: listing.accessibility,
  };
}
