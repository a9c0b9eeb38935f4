import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { GET as listRoute } from "@/app/api/oruk/[slug]/services/route";
import { GET as getRoute } from "@/app/api/oruk/[slug]/services/[id]/route";
import { GET as organizationsRoute } from "@/app/api/oruk/[slug]/organizations/route";
import { GET as organizationRoute } from "@/app/api/oruk/[slug]/organizations/[id]/route";
import { GET as serviceAtLocationsRoute } from "@/app/api/oruk/[slug]/service_at_locations/route";
import { GET as taxonomiesRoute } from "@/app/api/oruk/[slug]/taxonomies/route";
import { GET as taxonomyTermsRoute } from "@/app/api/oruk/[slug]/taxonomy_terms/route";
import { orukUuid } from "@/lib/domain/oruk";
import { makeCouncil, makeOrganisation } from "./factories";
import { orukValidators } from "./oruk-validator";

// Signed out: the feed is public.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const {
  service: validService,
  page: validPage,
  organization: validOrganization,
  organizationPage: validOrganizationPage,
  serviceAtLocationPage: validServiceAtLocationPage,
  taxonomyPage: validTaxonomyPage,
  taxonomyTermPage: validTaxonomyTermPage,
} = orukValidators();
// Each handler's context type names its own route; the tests pass the params the route would get.
const listServices = listRoute as unknown as Handler;
const getService = getRoute as unknown as Handler;

async function makeListing(councilId: string, organisationId: string, over: Record<string, unknown> = {}) {
  const type = await prisma.serviceType.upsert({
    where: { code: "PLAY_SCHEME" },
    update: {},
    create: { code: "PLAY_SCHEME", name: "Play scheme" },
  });
  const district = await prisma.district.create({
    data: {
      councilId,
      code: `D${Math.random().toString(36).slice(2, 6)}`,
      name: "North Vale",
      postcodePrefixes: [],
    },
  });
  return prisma.service.create({
    data: {
      councilId,
      organisationId,
      serviceTypeId: type.id,
      name: "Saturday Club",
      description: "Play on Saturdays.",
      ageMin: 5,
      ageMax: 12,
      email: "club@example.org",
      url: "https://example.org/club",
      costInfo: "£2 a session",
      status: "PUBLISHED",
      lastReviewedAt: new Date("2026-11-01T10:00:00Z"),
      districts: { connect: { id: district.id } },
      ...over,
    },
  });
}

/** A route handler as the tests call it: the request and its params (the handlers' own contexts differ). */
type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

const call = async (url: string, handler: Handler, params: Record<string, string>) => {
  const response = await handler(new NextRequest(`http://localhost${url}`), {
    params: Promise.resolve(params),
  });
  return {
    response,
    body: response.headers.get("content-type")?.includes("json") ? await response.json() : null,
  };
};

describe("the Open Referral UK 3.0 feed", () => {
  it("pages the council's published listings, valid against the standard's schemas, open to any site", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id, "Brightside CIC");
    for (let i = 0; i < 3; i++) await makeListing(council.id, org.id, { name: `Club ${i}`, ageMin: 5 + i });
    await makeListing(council.id, org.id, { name: "Draft club", status: "DRAFT" });
    const other = await makeCouncil();
    await makeListing(other.id, (await makeOrganisation(other.id)).id, { name: "Elsewhere" });

    const first = await call(`/api/oruk/${council.slug}/services?per_page=2`, listServices, {
      slug: council.slug,
    });
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(validPage(first.body), JSON.stringify(validPage.errors)).toBe(true);
    expect(first.body).toMatchObject({
      total_items: 3,
      total_pages: 2,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(first.body.contents.map((s: { name: string }) => s.name)).toEqual(["Club 0", "Club 1"]);

    const second = await call(`/api/oruk/${council.slug}/services?per_page=2&page=2`, listServices, {
      slug: council.slug,
    });
    expect(second.body).toMatchObject({ page_number: 2, size: 1, last_page: true });
    expect(validPage(second.body)).toBe(true);

    const filtered = await call(
      `/api/oruk/${council.slug}/services?minimum_age=6&search=club`,
      listServices,
      {
        slug: council.slug,
      },
    );
    expect(filtered.body.contents.map((s: { name: string }) => s.name)).toEqual(["Club 1", "Club 2"]);

    // Crafted paging is the default page, never an error.
    const crafted = await call(`/api/oruk/${council.slug}/services?page=-3&per_page=abc`, listServices, {
      slug: council.slug,
    });
    expect(crafted.body).toMatchObject({ page_number: 1, total_items: 3 });

    const missing = await call("/api/oruk/no-such-council/services", listServices, {
      slug: "no-such-council",
    });
    expect(missing.response.status).toBe(404);
  });

  it("gives one published listing by its UUID, valid, and nothing for a draft or another council's", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id);
    const listing = await makeListing(council.id, org.id);
    const draft = await makeListing(council.id, org.id, { status: "DRAFT" });
    const other = await makeCouncil();

    const one = await call(`/api/oruk/${council.slug}/services/${listing.orukId}`, getService, {
      slug: council.slug,
      id: listing.orukId,
    });
    expect(one.response.status).toBe(200);
    expect(one.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(validService(one.body), JSON.stringify(validService.errors)).toBe(true);
    expect(one.body).toMatchObject({
      id: listing.orukId,
      name: "Saturday Club",
      status: "active",
      minimum_age: 5,
      maximum_age: 12,
      assured_date: "2026-11-01",
      service_areas: [{ name: "North Vale", service_id: listing.orukId }],
    });

    for (const [slug, id] of [
      [council.slug, draft.orukId],
      [other.slug, listing.orukId],
      [council.slug, listing.id],
    ]) {
      const r = await call(`/api/oruk/${slug}/services/${id}`, getService, { slug, id });
      expect(r.response.status, `${slug}/${id}`).toBe(404);
    }
  });

  it("lists the organisations behind published listings, and one with its services, valid", async () => {
    const council = await makeCouncil();
    const shown = await prisma.organisation.update({
      where: { id: (await makeOrganisation(council.id, "Brightside CIC")).id },
      data: { charityNumber: "1234567", website: "https://brightside.example.org" },
    });
    const draftOnly = await makeOrganisation(council.id, "Draft Only Ltd");
    await makeListing(council.id, shown.id, { name: "Saturday Club" });
    await makeListing(council.id, shown.id, { name: "Hidden draft", status: "DRAFT" });
    await makeListing(council.id, draftOnly.id, { name: "Not yet", status: "DRAFT" });
    const other = await makeCouncil();

    const list = await call(
      `/api/oruk/${council.slug}/organizations`,
      organizationsRoute as unknown as Handler,
      {
        slug: council.slug,
      },
    );
    expect(list.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(validOrganizationPage(list.body), JSON.stringify(validOrganizationPage.errors)).toBe(true);
    expect(list.body).toMatchObject({ total_items: 1, contents: [{ name: "Brightside CIC" }] });

    const id = orukUuid("organization", shown.id);
    const one = await call(
      `/api/oruk/${council.slug}/organizations/${id}`,
      organizationRoute as unknown as Handler,
      {
        slug: council.slug,
        id,
      },
    );
    expect(one.response.status).toBe(200);
    expect(validOrganization(one.body), JSON.stringify(validOrganization.errors)).toBe(true);
    expect(one.body.services.map((x: { name: string }) => x.name)).toEqual(["Saturday Club"]);
    expect(one.body.organization_identifiers).toEqual([
      expect.objectContaining({ identifier_type: "Registered charity number", identifier: "1234567" }),
    ]);

    for (const [slug, oid] of [
      [council.slug, orukUuid("organization", draftOnly.id)],
      [other.slug, id],
      [council.slug, "not-a-uuid"],
    ]) {
      const r = await call(
        `/api/oruk/${slug}/organizations/${oid}`,
        organizationRoute as unknown as Handler,
        {
          slug,
          id: oid,
        },
      );
      expect(r.response.status, `${slug}/${oid}`).toBe(404);
    }
  });

  it("pages service_at_locations, taxonomies and taxonomy terms, valid against the standard", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id);
    const listing = await makeListing(council.id, org.id, {
      name: "Saturday Club",
      venue: "Vale Leisure Centre",
      postcode: "NV1 2AB",
    });
    await makeListing(council.id, org.id, { name: "Online club" });
    await makeListing(council.id, org.id, { name: "Draft venue", venue: "Secret hall", status: "DRAFT" });
    await prisma.needType.create({ data: { councilId: council.id, code: "AUTISM", name: "Autism" } });
    const other = await makeCouncil();
    await prisma.needType.create({
      data: { councilId: other.id, code: "OTHER", name: "Other council's need" },
    });

    const sal = await call(
      `/api/oruk/${council.slug}/service_at_locations?per_page=10`,
      serviceAtLocationsRoute as unknown as Handler,
      { slug: council.slug },
    );
    expect(sal.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(validServiceAtLocationPage(sal.body), JSON.stringify(validServiceAtLocationPage.errors)).toBe(
      true,
    );
    expect(sal.body).toMatchObject({
      total_items: 1,
      contents: [
        {
          service_id: listing.orukId,
          location: {
            location_type: "physical",
            name: "Vale Leisure Centre",
            description: "Vale Leisure Centre, NV1 2AB",
          },
        },
      ],
    });

    const tax = await call(`/api/oruk/${council.slug}/taxonomies`, taxonomiesRoute as unknown as Handler, {
      slug: council.slug,
    });
    expect(validTaxonomyPage(tax.body), JSON.stringify(validTaxonomyPage.errors)).toBe(true);
    expect(tax.body.contents.map((t: { name: string }) => t.name)).toEqual([
      "Types of short break",
      "Types of need",
    ]);

    const first = await call(
      `/api/oruk/${council.slug}/taxonomy_terms?per_page=1`,
      taxonomyTermsRoute as unknown as Handler,
      {
        slug: council.slug,
      },
    );
    expect(validTaxonomyTermPage(first.body), JSON.stringify(validTaxonomyTermPage.errors)).toBe(true);
    const all = await call(
      `/api/oruk/${council.slug}/taxonomy_terms?per_page=100`,
      taxonomyTermsRoute as unknown as Handler,
      {
        slug: council.slug,
      },
    );
    expect(validTaxonomyTermPage(all.body), JSON.stringify(validTaxonomyTermPage.errors)).toBe(true);
    expect(first.body).toMatchObject({ size: 1, total_items: all.body.total_items, last_page: false });
    const names = all.body.contents.map((t: { name: string }) => t.name);
    expect(names).toContain("Play scheme");
    expect(names).toContain("Autism");
    expect(names).not.toContain("Other council's need");
    const autism = all.body.contents.find((t: { name: string }) => t.name === "Autism");
    expect(autism.taxonomy_id).toBe(tax.body.contents[1].id);

    const missing = await call("/api/oruk/nowhere/taxonomies", taxonomiesRoute as unknown as Handler, {
      slug: "nowhere",
    });
    expect(missing.response.status).toBe(404);
  });
});
