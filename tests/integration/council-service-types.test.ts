import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseForm } from "@/lib/actions/form-state";
import { changeReferenceValue } from "@/lib/data/reference-data/change-reference-value";
import {
  getReferenceValue,
  listReferenceValues,
  serviceTypesToAdd,
} from "@/lib/data/reference-data/list-reference-values";
import { createCouncil } from "@/lib/data/council/create-council";
import { createListing } from "@/lib/data/directory/create-listing";
import { proposeListingChange } from "@/lib/data/directory/propose-listing-change";
import { decideListingRevision } from "@/lib/data/directory/decide-listing-revision";
import { listingFormOptions } from "@/lib/data/directory/listing-form-options";
import { searchDirectory } from "@/lib/data/directory/search-directory";
import { createSpecification } from "@/lib/data/specifications/create-specification";
import { updateSpecification } from "@/lib/data/specifications/update-specification";
import { specificationFormOptions } from "@/lib/data/specifications/list-specifications";
import { importContracts } from "@/lib/data/contracts/import-contracts";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { publishAnnouncement } from "@/lib/data/announcements/publish-announcement";
import { audienceOptions } from "@/lib/data/announcements/audience-options";
import { listOrukTaxonomyTerms } from "@/lib/data/oruk/oruk-directory";
import { parseDirectorySearch } from "@/lib/schemas/directory-search";
import { serviceListingSchema, type ServiceListing } from "@/lib/schemas/service-listing";
import { specificationSchema } from "@/lib/schemas/specification";
import { addServiceTypeSchema } from "@/lib/schemas/reference-data";
import { makeActor, makeContract, makeCouncil, makeOrganisation, adoptServiceType } from "./factories";

/** Two national types (codes unique to this test) that a new council uses, and its people. */
async function setup() {
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const play = await prisma.serviceType.create({
    data: { code: `PLAY_${tag}`, name: "Play scheme", position: 1 },
  });
  const night = await prisma.serviceType.create({
    data: { code: `NIGHT_${tag}`, name: "Overnight break", position: 2 },
  });
  const council = await makeCouncil();
  await adoptServiceType(council.id, play.id);
  await adoptServiceType(council.id, night.id);
  await prisma.district.create({
    data: { councilId: council.id, code: "NV", name: "North Vale", postcodePrefixes: [] },
  });
  await prisma.needType.create({ data: { councilId: council.id, code: "AUTISM", name: "Autism" } });
  const admin = await makeActor(council.id, "ADMIN");
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const org = await makeOrganisation(council.id, `Brightside ${tag}`);
  const provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  const rows = await prisma.councilServiceType.findMany({
    where: { councilId: council.id },
    orderBy: { position: "asc" },
  });
  return {
    tag,
    play,
    night,
    council,
    admin,
    commissioner,
    org,
    provider,
    playRow: rows[0],
    nightRow: rows[1],
  };
}

function listing(serviceType: string, over: Partial<ServiceListing> = {}): ServiceListing {
  return serviceListingSchema.parse({
    name: "Saturday Club",
    description: "Play, art and games on Saturdays.",
    serviceType,
    ageMin: 5,
    ageMax: 12,
    isFree: true,
    districts: ["NV"],
    needs: [],
    accessibility: [],
    ...over,
  });
}

async function specificationInput(councilId: string, serviceTypeId: string) {
  const district = await prisma.district.findFirstOrThrow({ where: { councilId } });
  return parseForm(specificationSchema, {
    title: "Summer play scheme",
    summary: "Inclusive summer play",
    serviceTypeId,
    districtIds: [district.id],
    ageMin: "5",
    ageMax: "11",
    needTypeCodes: ["AUTISM"],
    outcomes: "Children have fun",
    outputs: [{ measure: "Play scheme days", unit: "DAYS", quantity: "30", period: "PER_YEAR" }],
    maxAnnualValue: "45000.00",
    termMonths: "24",
    extensionMonths: "12",
  });
}

const retire = (admin: Actor, id: string) =>
  changeReferenceValue(admin, { kind: "service-type", op: "retire", id });

describe("a council's use of the national service types", () => {
  it("renames by label only, reorders, retires and reinstates, audited, with the national code kept", async () => {
    const { council, admin, play, night, playRow, nightRow } = await setup();
    await changeReferenceValue(admin, {
      kind: "service-type",
      op: "rename",
      id: playRow.id,
      name: "Holiday play",
    });
    await changeReferenceValue(admin, { kind: "service-type", op: "move", id: nightRow.id, direction: "up" });
    await retire(admin, nightRow.id);

    const list = await listReferenceValues(admin, "service-type");
    expect(list.items.map((r) => [r.name, r.code, r.retiredAt !== null])).toEqual([
      ["Overnight break", night.code, true],
      ["Holiday play", play.code, false],
    ]);
    // The national type is untouched: other councils and open data still see its name and code.
    expect(await prisma.serviceType.findUniqueOrThrow({ where: { id: play.id } })).toMatchObject({
      code: play.code,
      name: "Play scheme",
    });

    await changeReferenceValue(admin, { kind: "service-type", op: "reinstate", id: nightRow.id });
    expect((await getReferenceValue(admin, "service-type", nightRow.id)).retiredAt).toBeNull();
    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id, entityType: "CouncilServiceType" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "service-type:rename",
      "service-type:reorder",
      "service-type:retire",
      "service-type:reinstate",
    ]);
  });

  it("adds a national type the council does not use yet, under its own label or the national name", async () => {
    const { tag, admin, council } = await setup();
    const sitting = await prisma.serviceType.create({
      data: { code: `SIT_${tag}`, name: "Sitting service", position: 3 },
    });
    expect((await serviceTypesToAdd(admin)).map((t) => t.code)).toContain(sitting.code);
    const added = await changeReferenceValue(admin, {
      op: "add",
      ...addServiceTypeSchema.parse({ kind: "service-type", code: sitting.code, name: "" }),
    });
    expect(added).toMatchObject({ code: sitting.code, name: "Sitting service", position: 3 });
    expect((await serviceTypesToAdd(admin)).map((t) => t.code)).not.toContain(sitting.code);
    // Twice is refused with a message that says what to do; nothing changes.
    await expect(
      changeReferenceValue(admin, { kind: "service-type", op: "add", code: sitting.code, name: "Sitters" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { code: expect.stringMatching(/already has/) },
    });
    await expect(
      changeReferenceValue(admin, { kind: "service-type", op: "add", code: "NO_SUCH_TYPE", name: "X" }),
    ).rejects.toMatchObject({ fieldErrors: { code: "Choose a service type from the list" } });
    expect(await prisma.councilServiceType.count({ where: { councilId: council.id } })).toBe(3);
  });

  it("another council can neither see nor change this council's choices", async () => {
    const mine = await setup();
    const theirs = await setup();
    await expect(getReferenceValue(theirs.admin, "service-type", mine.playRow.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const change of [
      { kind: "service-type" as const, op: "rename" as const, id: mine.playRow.id, name: "Hijacked" },
      { kind: "service-type" as const, op: "retire" as const, id: mine.playRow.id },
      { kind: "service-type" as const, op: "move" as const, id: mine.nightRow.id, direction: "up" as const },
    ])
      await expect(changeReferenceValue(theirs.admin, change)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await prisma.councilServiceType.findUniqueOrThrow({ where: { id: mine.playRow.id } }),
    ).toMatchObject({ label: "Play scheme", retiredAt: null, position: 1 });
    const theirList = await listReferenceValues(theirs.admin, "service-type");
    expect(theirList.items.map((r) => r.id)).not.toContain(mine.playRow.id);
  });

  it("a retired type is not offered for new records and is refused for them; records keep theirs", async () => {
    const { admin, commissioner, provider, org, council, play, night, nightRow } = await setup();
    // Before retirement: a published overnight listing and a draft overnight specification.
    const { id: listingId } = await createListing(provider, listing(night.code));
    const revision = await prisma.serviceRevision.findFirstOrThrow({ where: { serviceId: listingId } });
    await decideListingRevision(commissioner, { revisionId: revision.id, decision: "APPROVE" });
    const spec = await createSpecification(commissioner, {
      ...(await specificationInput(council.id, night.id)),
      submissionKey: randomUUID(),
    });
    await retire(admin, nightRow.id);

    // Not offered for new records.
    expect((await listingFormOptions(provider)).serviceTypes.map((t) => t.code)).toEqual([play.code]);
    expect(
      (await specificationFormOptions(commissioner, { districtIds: [], needTypeCodes: [] })).serviceTypes,
    ).toHaveLength(1);
    expect((await audienceOptions(commissioner)).serviceTypes.map((t) => t.id)).toEqual([play.id]);
    // The public directory still offers it while a published listing has it.
    expect(
      (await searchDirectory(council.slug, parseDirectorySearch({})))!.options.serviceTypes.map(
        (t) => t.code,
      ),
    ).toEqual([play.code, night.code]);
    // Still in the filters: old records have it.
    expect((await specificationFormOptions(commissioner)).serviceTypes.map((t) => t.id)).toEqual([
      play.id,
      night.id,
    ]);

    // Refused for new records, with a message that names it.
    const retiredMessage = /Overnight break is no longer offered by this council/;
    await expect(createListing(provider, listing(night.code, { name: "Night Club" }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { serviceType: expect.stringMatching(retiredMessage) },
    });
    await expect(
      createSpecification(commissioner, {
        ...(await specificationInput(council.id, night.id)),
        submissionKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { serviceTypeId: expect.stringMatching(retiredMessage) } });
    await expect(
      publishAnnouncement(
        commissioner,
        {
          kind: "ANNOUNCEMENT",
          title: "For overnight providers",
          body: "Hello.",
          serviceTypeId: night.id,
          requiresAcknowledgement: false,
          eventAt: null,
        },
        randomUUID(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { audience: expect.stringMatching(retiredMessage) } });
    const csv = [
      "Reference,Title,Provider,Service Type,Districts,Annual Value,Total Value,Start Date,End Date,Extension Months Available",
      `R-1,Nights,${org.name},Overnight break,North Vale,100,300,01/04/2025,31/03/2028,`,
    ].join("\r\n");
    await expect(importContracts(commissioner, { submissionKey: randomUUID(), csv })).rejects.toMatchObject({
      rowProblems: [{ row: 2, message: expect.stringMatching(/no service type called Overnight break/) }],
    });
    expect(await prisma.contract.count({ where: { councilId: council.id } })).toBe(0);
    expect(await prisma.specification.count({ where: { councilId: council.id } })).toBe(1);
    expect(await prisma.service.count({ where: { councilId: council.id } })).toBe(1);

    // Existing records keep theirs when changed.
    await proposeListingChange(
      provider,
      listingId,
      listing(night.code, { name: "Saturday Club (new times)" }),
    );
    const edit = await listingFormOptions(provider, listingId);
    expect(edit.serviceTypes.map((t) => t.code)).toEqual([play.code, night.code]);
    await updateSpecification(commissioner, spec.id!, {
      ...(await specificationInput(council.id, night.id)),
      title: "Summer overnight breaks",
    });
    const saved = await prisma.specification.findUniqueOrThrow({ where: { id: spec.id! } });
    expect(saved.serviceTypeId).toBe(night.id);
  });

  it("a type the council does not use is refused for new records", async () => {
    const { tag, provider, commissioner, council } = await setup();
    const unused = await prisma.serviceType.create({ data: { code: `HOME_${tag}`, name: "Homecare" } });
    await expect(createListing(provider, listing(unused.code))).rejects.toMatchObject({
      fieldErrors: { serviceType: "Choose a type of break from the list" },
    });
    await expect(
      createSpecification(commissioner, {
        ...(await specificationInput(council.id, unused.id)),
        submissionKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { serviceTypeId: "Choose a service type from the list" } });
  });

  it("shows the council's label to its staff and the public, and keeps the national code in ORUK", async () => {
    const { admin, commissioner, provider, org, council, play, playRow, nightRow } = await setup();
    const other = await setup();
    await changeReferenceValue(admin, {
      kind: "service-type",
      op: "rename",
      id: playRow.id,
      name: "Holiday play",
    });
    const { id } = await createListing(provider, listing(play.code));
    const revision = await prisma.serviceRevision.findFirstOrThrow({ where: { serviceId: id } });
    await decideListingRevision(commissioner, { revisionId: revision.id, decision: "APPROVE" });
    await makeContract({
      councilId: council.id,
      organisationId: org.id,
      serviceTypeId: play.id,
      start: "2025-04-01",
      end: "2028-03-31",
    });

    const directory = await searchDirectory(council.slug, parseDirectorySearch({}));
    expect(directory!.result.items.map((s) => s.serviceType)).toEqual([
      { id: play.id, code: play.code, name: "Holiday play" },
    ]);
    expect(directory!.options.serviceTypes[0]).toMatchObject({ code: play.code, name: "Holiday play" });
    // A retired type no published listing has is no longer a directory filter.
    await retire(admin, nightRow.id);
    expect(
      (await searchDirectory(council.slug, parseDirectorySearch({})))!.options.serviceTypes.map(
        (t) => t.code,
      ),
    ).toEqual([play.code]);
    const contracts = await listContracts(commissioner, { page: 1 });
    expect(contracts.items.map((c) => c.serviceType.name)).toEqual(["Holiday play"]);
    // Another council's label is its own.
    expect((await listingFormOptions(other.provider)).serviceTypes[0].name).toBe("Play scheme");

    const terms = await listOrukTaxonomyTerms(council.slug, { page: 1, perPage: 100 });
    const term = terms!.contents.find((t) => t.term === play.code);
    expect(term).toMatchObject({ term: play.code, name: "Play scheme" });
  });

  it("a new council starts with every national type in the national order", async () => {
    const { tag } = await setup();
    const created = await createCouncil(null, {
      slug: `new-${tag.toLowerCase()}`,
      name: `New ${tag}`,
      districts: ["Centre"],
      adminEmail: `admin-${tag.toLowerCase()}@example.org`,
      adminName: "First Admin",
    });
    const national = await prisma.serviceType.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
    const used = await prisma.councilServiceType.findMany({
      where: { councilId: created.councilId },
      orderBy: { position: "asc" },
    });
    expect(used.map((u) => [u.serviceTypeId, u.label, u.retiredAt])).toEqual(
      national.map((t) => [t.id, t.name, null]),
    );
  });
});
