import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { scheduleVenueReview } from "@/lib/data/involvement/schedule-venue-review";
import { submitVenueReview } from "@/lib/data/involvement/submit-venue-review";
import { getVenueReview } from "@/lib/data/involvement/get-venue-review";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import {
  MAX_REVIEW_PHOTOS,
  addVenueReviewPhoto,
  removeVenueReviewPhoto,
} from "@/lib/data/involvement/venue-review-photos";
import { readableFile } from "@/lib/files/stored-files";
import { PDF, PNG, file, ownFilesDir } from "../support/upload-fixtures";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";
import { makeService, makeYoungCommissioner } from "../support/involvement-factories";
import { rejects } from "./tender-fixtures";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// Photos go to a folder of this test's own.
const { storedFiles, cleanUp } = ownFilesDir("sbp-photos-");
afterAll(cleanUp);

const NOW = new Date("2027-06-01T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let commissioner: Actor;
let young: Actor;
let stranger: Actor;
let provider: Actor;
let otherProvider: Actor;
let otherCouncil: Actor;
let serviceId: string;
let organisationId: string;

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  young = await makeYoungCommissioner(council.id, { now: NOW });
  stranger = await makeYoungCommissioner(council.id, { now: NOW });
  const org = await makeOrganisation(council.id, "Photo Venue CIC");
  organisationId = org.id;
  provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  otherProvider = await makeActor(council.id, "PROVIDER");
  serviceId = (await makeService(council.id, org.id)).id;
  otherCouncil = await makeActor((await makeCouncil()).id, "COMMISSIONER");
});

const schedule = () =>
  scheduleVenueReview(
    commissioner,
    {
      submissionKey: randomUUID(),
      serviceId,
      plannedFor: day("2027-06-10"),
      reviewerIds: [young.membershipId],
      supportStaffId: commissioner.membershipId,
    },
    NOW,
  );

const add = (by: Actor, reviewId: string, photo: File, key = randomUUID()) =>
  addVenueReviewPhoto(by, { reviewId, caption: "The ramp at the front door", submissionKey: key }, photo);

describe("photos on a venue review", () => {
  it("the team adds a photo once per submit; the council and, once sent, the provider can open it", async () => {
    const id = await schedule();
    const key = randomUUID();
    const first = await add(young, id, file(PNG, "ramp.png", "image/png"), key);
    const again = await add(young, id, file(PNG, "ramp.png", "image/png"), key);
    expect(again).toEqual({ id: first.id, repeated: true });
    const photos = await prisma.venueReviewPhoto.findMany({
      where: { reviewId: id },
      include: { file: true },
    });
    expect(photos).toHaveLength(1);
    expect(photos[0].file).toMatchObject({ purpose: "PHOTO", contentType: "image/png" });
    expect(storedFiles()).toHaveLength(1);

    const fileId = photos[0].fileId;
    expect(Buffer.from((await readableFile(young, fileId)).bytes).equals(PNG)).toBe(true);
    expect((await readableFile(commissioner, fileId)).contentType).toBe("image/png");
    // Before the review is sent the provider sees neither the review nor its photos.
    await rejects(readableFile(provider, fileId), "NOT_FOUND");
    await submitVenueReview(
      young,
      {
        reviewId: id,
        visitedOn: day("2027-06-10"),
        ratings: { welcome: "HAPPY" },
        whatWasGood: null,
        recommendations: ["A ramp rail."],
      },
      new Date("2027-06-11T10:00:00Z"),
    );
    expect((await readableFile(provider, fileId)).contentType).toBe("image/png");
    expect((await getVenueReview(provider, id)).photos.map((p) => p.caption)).toEqual([
      "The ramp at the front door",
    ]);
    for (const outsider of [stranger, otherProvider, otherCouncil])
      await rejects(readableFile(outsider, fileId), "NOT_FOUND");
    // Sent: the photos stay as they are.
    await rejects(add(young, id, file(PNG, "more.png", "image/png")), "CONFLICT");
    await rejects(removeVenueReviewPhoto(young, { reviewId: id, photoId: photos[0].id }), "CONFLICT");
    expect(await prisma.venueReviewPhoto.count({ where: { reviewId: id } })).toBe(1);
  });

  it("refuses what is not an image, a lying name, a photo from someone off the team, and a seventh photo", async () => {
    const id = await schedule();
    const before = storedFiles().length;
    await expect(add(young, id, file(PDF, "plan.pdf", "application/pdf"))).rejects.toMatchObject({
      fieldErrors: { photo: "The photo must be a JPG, PNG or WebP file" },
    });
    await expect(
      add(young, id, file("<script>alert(1)</script>", "x.png", "image/png")),
    ).rejects.toMatchObject({
      fieldErrors: { photo: expect.stringContaining("must be a JPG, PNG or WebP file") },
    });
    await expect(add(young, id, file(PNG, "ramp.jpg", "image/jpeg"))).rejects.toMatchObject({
      fieldErrors: { photo: expect.stringContaining("called .jpg but it is a PNG file") },
    });
    await rejects(add(stranger, id, file(PNG, "ramp.png", "image/png")), "NOT_FOUND");
    await rejects(add(otherCouncil, id, file(PNG, "ramp.png", "image/png")), "NOT_FOUND");
    expect(storedFiles()).toHaveLength(before);
    expect(await prisma.venueReviewPhoto.count({ where: { reviewId: id } })).toBe(0);

    for (let i = 0; i < MAX_REVIEW_PHOTOS; i++) await add(young, id, file(PNG, `p${i}.png`, "image/png"));
    await expect(add(young, id, file(PNG, "one-more.png", "image/png"))).rejects.toMatchObject({
      fieldErrors: { photo: expect.stringContaining(`${MAX_REVIEW_PHOTOS} photos already`) },
    });
    expect(storedFiles()).toHaveLength(before + MAX_REVIEW_PHOTOS);
  });

  it("taking a photo away removes its row, its file record and its bytes; another team's photo is not found", async () => {
    const id = await schedule();
    const { id: photoId } = await add(young, id, file(PNG, "door.png", "image/png"));
    const other = await schedule();
    await rejects(removeVenueReviewPhoto(young, { reviewId: other, photoId: photoId! }), "NOT_FOUND");
    const before = storedFiles().length;
    const fileId = (await prisma.venueReviewPhoto.findUniqueOrThrow({ where: { id: photoId! } })).fileId;
    await removeVenueReviewPhoto(young, { reviewId: id, photoId: photoId! });
    expect(await prisma.venueReviewPhoto.count({ where: { id: photoId! } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { id: fileId } })).toBe(0);
    expect(storedFiles()).toHaveLength(before - 1);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["venue-review-photo:add", "venue-review-photo:remove"]),
    );
  });
});

describe("a provider's reviews on the contract's and the service's pages", () => {
  it("narrows the list to one organisation or one service, within the actor's scope", async () => {
    const id = await schedule();
    const forOrg = await listVenueReviews(commissioner, { page: 1, organisationId, pageSize: 5 }, NOW);
    expect(forOrg.items.map((r) => r.id)).toContain(id);
    expect(forOrg.items.length).toBeLessThanOrEqual(5);
    const otherOrg = await listVenueReviews(
      commissioner,
      { page: 1, organisationId: otherProvider.organisationId! },
      NOW,
    );
    expect(otherOrg.total).toBe(0);
    // The other council's commissioner asking for this organisation sees nothing.
    expect((await listVenueReviews(otherCouncil, { page: 1, organisationId }, NOW)).total).toBe(0);
    // The provider sees only sent reviews of its service.
    const sentOnly = await listVenueReviews(provider, { page: 1, serviceId }, NOW);
    expect(sentOnly.items.every((r) => r.status !== "PLANNED")).toBe(true);
  });
});
