import { prisma, Prisma } from "../../db";
import { orukPage, orukUuid } from "../../domain/oruk";
import { publishedListingScope } from "../directory/directory-predicates";
import {
  orukServiceFilters,
  orukServiceSelect,
  orukServiceSummary,
  type OrukServiceQuery,
} from "./oruk-services";

/**
 * The rest of the Open Referral UK 3.0 feed: organisations, service_at_locations, taxonomies and
 * taxonomy terms, built from the council's published listings only (drafts, archived listings and
 * pending changes never appear), with the standard's paging.
 */

async function councilOf(slug: string) {
  return prisma.council.findUnique({ where: { slug }, select: { id: true } });
}

/** Providers the public can see in this council: those with at least one published listing. */
const publicOrganisationWhere = (councilId: string): Prisma.OrganisationWhereInput => ({
  services: { some: publishedListingScope(councilId) },
});

const organisationSelect = {
  id: true,
  name: true,
  email: true,
  website: true,
  charityNumber: true,
  companyNumber: true,
} satisfies Prisma.OrganisationSelect;

type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

function orukOrganizationSummary(o: OrganisationRow) {
  return {
    id: orukUuid("organization", o.id),
    name: o.name,
    // The portal keeps no description of a provider; ORUK requires the field.
    description: "",
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
  };
}

/** A page of the organisations behind the council's published listings. Null when no council has this slug. */
export async function listOrukOrganizations(slug: string, q: { page: number; perPage: number }) {
  const council = await councilOf(slug);
  if (!council) return null;
  const where = publicOrganisationWhere(council.id);
  const [total, rows] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
      select: organisationSelect,
    }),
  ]);
  return orukPage(rows.map(orukOrganizationSummary), total, q.page, q.perPage);
}

/**
 * One organisation by its ORUK id, with its registration numbers and its published services in
 * this council. Its UUID is derived from its id, so the lookup compares against the council's
 * public organisations (a few dozen). Null when it has no published listing here.
 */
export async function getOrukOrganization(slug: string, orukId: string) {
  const council = await councilOf(slug);
  if (!council) return null;
  const candidates = await prisma.organisation.findMany({
    where: publicOrganisationWhere(council.id),
    select: { id: true },
  });
  const match = candidates.find((o) => orukUuid("organization", o.id) === orukId);
  if (!match) return null;
  const [org, services] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({ where: { id: match.id }, select: organisationSelect }),
    prisma.service.findMany({
      where: { AND: [publishedListingScope(council.id), { organisationId: match.id }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: orukServiceSelect,
    }),
  ]);
  const identifiers = [
    ...(org.charityNumber ? [{ type: "Registered charity number", value: org.charityNumber }] : []),
    ...(org.companyNumber ? [{ type: "Company number", value: org.companyNumber }] : []),
  ];
  const id = orukUuid("organization", org.id);
  return {
    ...orukOrganizationSummary(org),
    organization_identifiers: identifiers.map((i) => ({
      id: orukUuid("organization", `${org.id}:${i.type}`),
      organization_id: id,
      identifier_type: i.type,
      identifier: i.value,
    })),
    services: services.map((s) => {
      const { organization: _organization, ...service } = orukServiceSummary(s);
      return service;
    }),
  };
}

/**
 * A page of where each published listing is offered: one service_at_location per listing with a
 * venue or address, its location described in words (the portal keeps no coordinates or city).
 */
export async function listOrukServiceAtLocations(slug: string, q: OrukServiceQuery) {
  const council = await councilOf(slug);
  if (!council) return null;
  const where: Prisma.ServiceWhereInput = {
    AND: [
      publishedListingScope(council.id),
      { OR: [{ venue: { not: null } }, { address: { not: null } }, { postcode: { not: null } }] },
      ...orukServiceFilters(q),
    ],
  };
  const [total, rows] = await Promise.all([
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
      select: { ...orukServiceSelect, venue: true, address: true, postcode: true },
    }),
  ]);
  const contents = rows.map((s) => {
    const locationId = orukUuid("location", s.id);
    return {
      id: orukUuid("service_at_location", s.id),
      service_id: s.orukId,
      location_id: locationId,
      location: {
        id: locationId,
        location_type: "physical" as const,
        name: s.venue ?? s.name,
        description: [s.venue, s.address, s.postcode].filter(Boolean).join(", "),
      },
      service: { id: s.orukId, name: s.name, status: "active" as const },
    };
  });
  return orukPage(contents, total, q.page, q.perPage);
}

/** The two taxonomies the feed uses: the portal's types of short break, and the council's types of need. */
function taxonomies(councilId: string) {
  return [
    {
      key: "service-type",
      id: orukUuid("taxonomy", "service-type"),
      name: "Types of short break",
      description: "The kinds of short break the portal lists (play scheme, overnight break, …).",
    },
    {
      key: "need-type",
      id: orukUuid("taxonomy", `need-type:${councilId}`),
      name: "Types of need",
      description: "The council's list of types of need, used in its register and specifications.",
    },
  ];
}

/** A page of the feed's taxonomies. */
export async function listOrukTaxonomies(slug: string, q: { page: number; perPage: number }) {
  const council = await councilOf(slug);
  if (!council) return null;
  const all = taxonomies(council.id).map(({ key: _key, ...t }) => t);
  return orukPage(all.slice((q.page - 1) * q.perPage, q.page * q.perPage), all.length, q.page, q.perPage);
}

/** A page of the terms of both taxonomies: types of short break first, then the council's types of need. */
export async function listOrukTaxonomyTerms(slug: string, q: { page: number; perPage: number }) {
  const council = await councilOf(slug);
  if (!council) return null;
  const [serviceTaxonomy, needTaxonomy] = taxonomies(council.id);
  const [types, needs] = await Promise.all([
    prisma.serviceType.findMany({
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true },
    }),
    prisma.needType.findMany({
      where: { councilId: council.id },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true },
    }),
  ]);
  const terms = [
    ...types.map((t) => ({ t, taxonomy: serviceTaxonomy })),
    ...needs.map((t) => ({ t, taxonomy: needTaxonomy })),
  ].map(({ t, taxonomy }) => ({
    id: orukUuid("taxonomy_term", t.id),
    name: t.name,
    description: t.name,
    term: t.code,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
  }));
  return orukPage(terms.slice((q.page - 1) * q.perPage, q.page * q.perPage), terms.length, q.page, q.perPage);
}
