import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { GET as listRoute } from "@/app/api/oruk/[slug]/services/route";
import { GET as getRoute } from "@/app/api/oruk/[slug]/services/[id]/route";
import { makeCouncil, makeOrganisation } from "./factories";
import { orukValidators } from "./oruk-validator";

// Signed out: the feed is public.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const { service: validService, page: validPage } = orukValidators();
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
});
