import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { searchDirectory } from "@/lib/data/directory/search-directory";
import { getDirectoryService } from "@/lib/data/directory/get-directory-service";
import { getDirectoryProvider } from "@/lib/data/directory/get-directory-provider";
import { createListing } from "@/lib/data/directory/create-listing";
import { proposeListingChange } from "@/lib/data/directory/propose-listing-change";
import { confirmListing } from "@/lib/data/directory/confirm-listing";
import { getOwnListing } from "@/lib/data/directory/get-own-listing";
import { listOwnListings } from "@/lib/data/directory/list-own-listings";
import { listListingRevisions } from "@/lib/data/directory/list-listing-revisions";
import { getListingRevision } from "@/lib/data/directory/get-listing-revision";
import { decideListingRevision } from "@/lib/data/directory/decide-listing-revision";
import { notifyListingsDueForReview } from "@/lib/data/directory/notify-listings-due-for-review";
import { listListingsDueForReview } from "@/lib/data/directory/list-listings-due-for-review";
import { parseDirectorySearch } from "@/lib/schemas/directory-search";
import { serviceListingSchema, type ServiceListing } from "@/lib/schemas/service-listing";
import { makeActor, makeCouncil, makeOrganisation, adoptServiceType } from "./factories";

async function councilWithLists() {
  const council = await makeCouncil();
  await prisma.district.createMany({
    data: [
      { councilId: council.id, code: "NV", name: "North Vale", postcodePrefixes: [] },
      { councilId: council.id, code: "SM", name: "Southmoor", postcodePrefixes: [] },
    ],
  });
  await prisma.needType.createMany({
    data: [
      { councilId: council.id, code: "AUTISM", name: "Autism" },
      { councilId: council.id, code: "PHYSICAL", name: "Physical disability" },
    ],
  });
  for (const [code, name] of [
    ["PLAY_SCHEME", "Play scheme"],
    ["OVERNIGHT", "Overnight break"],
  ]) {
    const type = await prisma.serviceType.upsert({ where: { code }, update: {}, create: { code, name } });
    await adoptServiceType(council.id, type.id);
  }
  return council;
}

function listing(over: Partial<ServiceListing> = {}): ServiceListing {
  return serviceListingSchema.parse({
    name: "Saturday Club",
    description: "Play, art and games on Saturdays.",
    serviceType: "PLAY_SCHEME",
    ageMin: 5,
    ageMax: 12,
    isFree: true,
    districts: ["NV"],
    needs: ["AUTISM"],
    accessibility: ["QUIET_SPACE"],
    ...over,
  });
}

/** A listing created by the provider and approved by the commissioner: published. */
async function published(provider: Actor, commissioner: Actor, over: Partial<ServiceListing> = {}) {
  const { id } = await createListing(provider, listing(over));
  const revision = await prisma.serviceRevision.findFirstOrThrow({ where: { serviceId: id } });
  await decideListingRevision(commissioner, { revisionId: revision.id, decision: "APPROVE" });
  return id;
}

async function setup() {
  const council = await councilWithLists();
  const org = await makeOrganisation(council.id, "Brightside CIC");
  const provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  return { council, org, provider, commissioner };
}

const search = (q: Record<string, string | string[]>) => parseDirectorySearch(q);

describe("the public directory", () => {
  it("shows only the council's published listings, filtered by every filter", async () => {
    const { council, provider, commissioner } = await setup();
    const a = await published(provider, commissioner, { name: "Saturday Club" });
    const b = await published(provider, commissioner, {
      name: "Overnight House",
      description: "Planned overnight stays with waking night staff.",
      serviceType: "OVERNIGHT",
      ageMin: 8,
      ageMax: 18,
      isFree: false,
      districts: ["SM"],
      needs: ["PHYSICAL"],
      accessibility: ["HOIST", "CHANGING_PLACES"],
    });
    await createListing(provider, listing({ name: "Draft Club" })); // awaiting approval: not public
    const other = await setup();
    await published(other.provider, other.commissioner, { name: "Elsewhere Club" });

    const names = async (q: Record<string, string | string[]>) =>
      (await searchDirectory(council.slug, search(q)))!.result.items.map((s) => s.id).sort();
    expect(await names({})).toEqual([a, b].sort());
    expect(await names({ q: "waking night" })).toEqual([b]);
    expect(await names({ q: "saturday" })).toEqual([a]);
    expect(await names({ age: "6" })).toEqual([a]);
    expect(await names({ age: "15" })).toEqual([b]);
    expect(await names({ need: "AUTISM" })).toEqual([a]);
    expect(await names({ district: "SM" })).toEqual([b]);
    expect(await names({ type: "OVERNIGHT" })).toEqual([b]);
    expect(await names({ cost: "free" })).toEqual([a]);
    expect(await names({ cost: "paid" })).toEqual([b]);
    expect(await names({ access: ["HOIST", "CHANGING_PLACES"] })).toEqual([b]);
    expect(await names({ access: ["HOIST", "QUIET_SPACE"] })).toEqual([]);
    // Another council's district code is no match here, not a way in.
    expect(await names({ q: "Elsewhere" })).toEqual([]);
    expect(await searchDirectory("no-such-council", search({}))).toBeNull();
  });

  it("gives a listing's and a provider's page only for the council's published listings", async () => {
    const { council, org, provider, commissioner } = await setup();
    const id = await published(provider, commissioner);
    const page = await getDirectoryService(council.slug, id);
    expect(page?.service.name).toBe("Saturday Club");
    expect(page?.standing?.status).toBe("APPROVED");
    expect(page?.service.lastReviewedAt).not.toBeNull();
    const providerPage = await getDirectoryProvider(council.slug, org.id);
    expect(providerPage?.services.map((s) => s.id)).toEqual([id]);

    const other = await setup();
    expect(await getDirectoryService(other.council.slug, id)).toBeNull();
    expect(await getDirectoryProvider(other.council.slug, org.id)).toBeNull();
    const { id: draft } = await createListing(provider, listing({ name: "Not yet" }));
    expect(await getDirectoryService(council.slug, draft)).toBeNull();
  });
});

describe("providers' listings and the council's approval", () => {
  it("keeps a proposed change out of the public directory until a commissioner approves it", async () => {
    const { council, provider, commissioner } = await setup();
    const id = await published(provider, commissioner);
    await prisma.service.update({
      where: { id },
      data: { lastReviewedAt: new Date("2025-01-01T00:00:00Z") },
    });

    await proposeListingChange(
      provider,
      id,
      listing({ description: "Now with a sensory room.", isFree: false }),
    );
    expect((await getDirectoryService(council.slug, id))?.service.description).toBe(
      "Play, art and games on Saturdays.",
    );
    expect((await getOwnListing(provider, id))?.pending).not.toBeNull();
    // One change at a time.
    await expect(proposeListingChange(provider, id, listing())).rejects.toMatchObject({ code: "CONFLICT" });

    const queue = await listListingRevisions(commissioner, 1);
    expect(queue.items.map((r) => r.service.name)).toEqual(["Saturday Club"]);
    expect(
      await prisma.notification.findMany({
        where: { membershipId: commissioner.membershipId, title: "Directory listing change to review" },
        select: { href: true },
      }),
    ).toEqual([{ href: `/commissioner/listings/${queue.items[0].id}` }]);
    const review = await getListingRevision(commissioner, queue.items[0].id);
    expect(review?.diff?.filter((d) => d.changed).map((d) => [d.field, d.before, d.after])).toEqual([
      ["description", "Play, art and games on Saturdays.", "Now with a sensory room."],
      ["isFree", "Yes", "No"],
    ]);

    const before = Date.now();
    await decideListingRevision(commissioner, { revisionId: queue.items[0].id, decision: "APPROVE" });
    const after = (await getDirectoryService(council.slug, id))!.service;
    expect(after.description).toBe("Now with a sensory room.");
    expect(after.isFree).toBe(false);
    expect(after.lastReviewedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(
      await prisma.auditEvent.count({ where: { action: "listing:approve", entityId: queue.items[0].id } }),
    ).toBe(1);
    expect(
      await prisma.notification.count({ where: { membershipId: provider.membershipId } }),
    ).toBeGreaterThan(0);
    // Decided once only.
    await expect(
      decideListingRevision(commissioner, {
        revisionId: queue.items[0].id,
        decision: "REJECT",
        reason: "No",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a change with a reason and leaves the listing as it was", async () => {
    const { council, provider, commissioner } = await setup();
    const id = await published(provider, commissioner);
    await proposeListingChange(provider, id, listing({ name: "Renamed Club" }));
    const revision = await prisma.serviceRevision.findFirstOrThrow({
      where: { serviceId: id, status: "PENDING" },
    });
    await decideListingRevision(commissioner, {
      revisionId: revision.id,
      decision: "REJECT",
      reason: "The new name is another provider's.",
    });
    expect((await getDirectoryService(council.slug, id))?.service.name).toBe("Saturday Club");
    const own = await getOwnListing(provider, id);
    expect(own?.pending).toBeNull();
    expect(own?.decided[0]).toMatchObject({
      status: "REJECTED",
      reason: "The new name is another provider's.",
    });
  });

  it("publishes a turned-down new listing once its corrected version is approved", async () => {
    const { council, provider, commissioner } = await setup();
    const { id } = await createListing(provider, listing({ name: "Frist Club" }));
    const first = await prisma.serviceRevision.findFirstOrThrow({ where: { serviceId: id } });
    await decideListingRevision(commissioner, {
      revisionId: first.id,
      decision: "REJECT",
      reason: "Spelling",
    });
    expect(await getDirectoryService(council.slug, id)).toBeNull();

    await proposeListingChange(provider, id, listing({ name: "First Club" }));
    const second = await prisma.serviceRevision.findFirstOrThrow({
      where: { serviceId: id, status: "PENDING" },
    });
    expect(second.isNewListing).toBe(true);
    await decideListingRevision(commissioner, { revisionId: second.id, decision: "APPROVE" });
    expect((await getDirectoryService(council.slug, id))?.service.name).toBe("First Club");
  });

  it("treats another provider's or another council's listing as not found, and changes nothing", async () => {
    const { council, provider, commissioner } = await setup();
    const id = await published(provider, commissioner);
    const rival = await makeActor(council.id, "PROVIDER", {
      organisationId: (await makeOrganisation(council.id)).id,
    });
    const elsewhere = await setup();
    const snapshot = await prisma.service.findUniqueOrThrow({ where: { id } });

    for (const actor of [rival, elsewhere.provider]) {
      await expect(proposeListingChange(actor, id, listing({ name: "Hijacked" }))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(confirmListing(actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await getOwnListing(actor, id)).toBeNull();
      expect((await listOwnListings(actor, 1)).items.map((s) => s.id)).not.toContain(id);
    }
    // Another council's commissioner cannot see or decide this council's revisions.
    await proposeListingChange(provider, id, listing({ name: "Renamed" }));
    const revision = await prisma.serviceRevision.findFirstOrThrow({
      where: { serviceId: id, status: "PENDING" },
    });
    expect(await getListingRevision(elsewhere.commissioner, revision.id)).toBeNull();
    expect((await listListingRevisions(elsewhere.commissioner, 1)).items).toEqual([]);
    await expect(
      decideListingRevision(elsewhere.commissioner, { revisionId: revision.id, decision: "APPROVE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await prisma.service.findUniqueOrThrow({ where: { id } })).toEqual(snapshot);
    expect((await prisma.serviceRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe(
      "PENDING",
    );
  });

  it("refuses another council's district or need in a proposal", async () => {
    const { provider } = await setup();
    const elsewhere = await councilWithLists();
    await prisma.district.create({
      data: { councilId: elsewhere.id, code: "ZZ", name: "Elsewhere", postcodePrefixes: [] },
    });
    await expect(createListing(provider, listing({ districts: ["ZZ"] }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { districts: expect.any(String) },
    });
  });

  it("confirms a listing still correct, which ends its review reminder", async () => {
    const { provider, commissioner } = await setup();
    const id = await published(provider, commissioner);
    const now = new Date();
    await prisma.service.update({
      where: { id },
      data: { lastReviewedAt: new Date(now.getTime() - 200 * 86_400_000) },
    });
    expect((await listListingsDueForReview(provider, now)).map((s) => s.id)).toEqual([id]);
    await confirmListing(provider, id, now);
    expect(await listListingsDueForReview(provider, now)).toEqual([]);
    expect((await getOwnListing(provider, id, now))?.reviewDue).toBe(false);
  });
});

describe("review reminders", () => {
  it("notifies provider staff once per listing not reviewed for six months, again after the next cycle", async () => {
    const { provider, commissioner } = await setup();
    const due = await published(provider, commissioner, { name: "Old listing" });
    const fresh = await published(provider, commissioner, { name: "Fresh listing" });
    const now = new Date("2027-06-15T09:00:00Z");
    await prisma.service.update({
      where: { id: due },
      data: { lastReviewedAt: new Date("2026-12-01T00:00:00Z") },
    });
    await prisma.service.update({
      where: { id: fresh },
      data: { lastReviewedAt: new Date("2027-03-01T00:00:00Z") },
    });
    const reminders = () =>
      prisma.notification.findMany({
        where: { membershipId: provider.membershipId, title: { startsWith: "Listing review due" } },
        select: { href: true },
      });

    expect(await notifyListingsDueForReview(now)).toBeGreaterThanOrEqual(1);
    expect((await reminders()).map((n) => n.href)).toEqual([`/provider/services/${due}`]);
    await notifyListingsDueForReview(now);
    expect(await reminders()).toHaveLength(1);

    // Reviewed, then six months later due again: a new reminder.
    await confirmListing(provider, due, new Date("2027-06-20T00:00:00Z"));
    await notifyListingsDueForReview(new Date("2027-07-01T00:00:00Z"));
    expect(await reminders()).toHaveLength(1);
    await notifyListingsDueForReview(new Date("2027-12-21T00:00:00Z"));
    expect((await reminders()).filter((n) => n.href === `/provider/services/${due}`)).toHaveLength(2);
  });
});
