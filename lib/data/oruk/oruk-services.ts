import { prisma, Prisma } from "../../db";
import { orukPage, orukUuid } from "../../domain/oruk";
import { publishedListingScope } from "../directory/directory-predicates";

/** What an ORUK service is made from: a published listing and its provider. */
export const orukServiceSelect = {
  id: true,
  orukId: true,
  name: true,
  description: true,
  url: true,
  email: true,
  costInfo: true,
  isFree: true,
  ageMin: true,
  ageMax: true,
  lastReviewedAt: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { id: true, name: true, email: true, website: true } },
  districts: { select: { id: true, name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.ServiceSelect;

export type OrukServiceRow = Prisma.ServiceGetPayload<{ select: typeof orukServiceSelect }>;

/** The one-to-one fields of an ORUK 3.0 service (the `service_list` shape), with its organisation. */
export function orukServiceSummary(s: OrukServiceRow) {
  const organizationId = orukUuid("organization", s.organisation.id);
  return {
    id: s.orukId,
    organization_id: organizationId,
    name: s.name,
    description: s.description,
    ...(s.url ? { url: s.url } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: "active" as const,
    fees: [s.isFree ? "Free to families." : "Costs money.", s.costInfo].filter(Boolean).join(" "),
    ...(s.ageMin !== null ? { minimum_age: s.ageMin } : {}),
    ...(s.ageMax !== null ? { maximum_age: s.ageMax } : {}),
    assured_date: (s.lastReviewedAt ?? s.createdAt).toISOString().slice(0, 10),
    last_modified: s.updatedAt.toISOString(),
    organization: {
      id: organizationId,
      name: s.organisation.name,
      // The portal keeps no description of a provider; ORUK requires the field.
      description: "",
      ...(s.organisation.email ? { email: s.organisation.email } : {}),
      ...(s.organisation.website ? { website: s.organisation.website } : {}),
    },
  };
}

/** A full ORUK 3.0 service: the summary with the areas it serves. */
function orukService(s: OrukServiceRow) {
  return {
    ...orukServiceSummary(s),
    service_areas: s.districts.map((d) => ({
      id: orukUuid("service_area", d.id),
      service_id: s.orukId,
      name: d.name,
      service_area: d.name,
    })),
  };
}

export interface OrukServiceQuery {
  page: number;
  perPage: number;
  search?: string;
  minimumAge?: number;
  maximumAge?: number;
}

/** The feed's filters as where-clauses (never carrying scope): services and service_at_locations share them. */
export function orukServiceFilters(
  q: Omit<OrukServiceQuery, "page" | "perPage">,
): Prisma.ServiceWhereInput[] {
  const filters: Prisma.ServiceWhereInput[] = [];
  if (q.search)
    filters.push({
      OR: [
        { name: { contains: q.search, mode: "insensitive" } },
        { description: { contains: q.search, mode: "insensitive" } },
      ],
    });
  if (q.minimumAge !== undefined) filters.push({ ageMin: { gte: q.minimumAge } });
  if (q.maximumAge !== undefined) filters.push({ ageMax: { lte: q.maximumAge } });
  return filters;
}

/**
 * A page of a council's published listings as an ORUK 3.0 `Page` of services. Null when no council
 * has this slug. Drafts, archived listings and pending changes never appear.
 */
export async function listOrukServices(slug: string, q: OrukServiceQuery) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true } });
  if (!council) return null;
  const where = { AND: [publishedListingScope(council.id), ...orukServiceFilters(q)] };
  const [total, rows] = await Promise.all([
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
      select: orukServiceSelect,
    }),
  ]);
  return orukPage(rows.map(orukServiceSummary), total, q.page, q.perPage);
}

/** One published listing of the council as a full ORUK 3.0 service, by its ORUK id; null otherwise. */
export async function getOrukService(slug: string, orukId: string) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true } });
  if (!council) return null;
  const row = await prisma.service.findFirst({
    where: { AND: [publishedListingScope(council.id), { orukId }] },
    select: orukServiceSelect,
  });
  return row ? orukService(row) : null;
}
