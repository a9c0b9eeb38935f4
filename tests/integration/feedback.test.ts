import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { FormInvalid } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { createParentFeedback, NOT_USED_MESSAGE } from "@/lib/data/feedback/create-parent-feedback";
import {
  createChildFeedback,
  createPublicChildFeedback,
  PUBLIC_FEEDBACK_LIMIT,
} from "@/lib/data/feedback/create-child-feedback";
import { listFamilyFeedbackSubjects } from "@/lib/data/feedback/family-feedback-subjects";
import { getFamilyFeedback, listFamilyFeedback } from "@/lib/data/feedback/family-feedback";
import { listCouncilFeedback } from "@/lib/data/feedback/list-council-feedback";
import { getCouncilFeedback } from "@/lib/data/feedback/get-council-feedback";
import { setFeedbackThemes, updateFeedbackStatus } from "@/lib/data/feedback/tag-feedback";
import { createFeedbackTheme } from "@/lib/data/feedback/create-feedback-theme";
import { saveYouSaidWeDid } from "@/lib/data/feedback/save-you-said-we-did";
import { listPublishedYouSaidWeDid } from "@/lib/data/feedback/public-you-said-we-did";
import { listProviderFeedback } from "@/lib/data/feedback/provider-feedback";
import { replyToFeedback } from "@/lib/data/feedback/reply-to-feedback";
import { recordChildFeedbackBatch } from "@/lib/data/feedback/record-child-feedback-batch";
import { getContractFeedbackSummary } from "@/lib/data/feedback/contract-feedback-summary";
import { getThemeCountsByMonth, recordThemeCountsExport } from "@/lib/data/feedback/theme-counts-by-month";
import type { Actor } from "@/lib/auth/actor";
import type { FormAction } from "@/lib/actions/form-state";
import { childFeedbackBatchSchema, childFeedbackSchema, parentFeedbackSchema } from "@/lib/schemas/feedback";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";

// The actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { createChildFeedbackAction, createParentFeedbackAction } =
  await import("@/app/(portal)/family/feedback/actions");
const { createPublicChildFeedbackAction } =
  await import("@/app/(public)/councils/[slug]/have-your-say/actions");
const { createFeedbackThemeAction } = await import("@/app/(portal)/commissioner/feedback/actions");
const { updateYouSaidWeDidAction } = await import("@/app/(portal)/commissioner/you-said-we-did/actions");
const { recordChildFeedbackBatchAction, replyToFeedbackAction } =
  await import("@/app/(portal)/provider/feedback/actions");

/** What a form action says about each field when `actor` sends `fields` (arrays repeat, as checkboxes do). */
async function fieldErrorsFrom<TData>(
  action: FormAction<TData>,
  actor: Actor | null,
  fields: Record<string, string | string[] | undefined>,
): Promise<Record<string, string> | undefined> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of value === undefined ? [] : [value].flat()) form.append(key, v);
  current = actor;
  const state = await action(null, form);
  return state && !state.ok ? state.fieldErrors : undefined;
}

let typeSeq = 0;

/** A council with two districts, two providers each with a published service and a contract in one district, and a family with a child in North. */
async function world() {
  const council = await makeCouncil();
  const north = await prisma.district.create({
    data: { councilId: council.id, code: "N", name: "North", postcodePrefixes: ["NS1"] },
  });
  const south = await prisma.district.create({
    data: { councilId: council.id, code: "S", name: "South", postcodePrefixes: ["NS9"] },
  });
  const type = await prisma.serviceType.create({
    data: { code: `PLAY-${++typeSeq}-${randomUUID().slice(0, 6)}`, name: "Play scheme" },
  });
  const orgA = await makeOrganisation(council.id, `Alpha ${randomUUID().slice(0, 4)}`);
  const orgB = await makeOrganisation(council.id, `Beta ${randomUUID().slice(0, 4)}`);
  const service = (organisationId: string, districtId: string, name: string) =>
    prisma.service.create({
      data: {
        councilId: council.id,
        organisationId,
        serviceTypeId: type.id,
        name,
        description: "Fun",
        status: "PUBLISHED",
        districts: { connect: { id: districtId } },
      },
    });
  const contract = (organisationId: string, districtId: string, reference: string) =>
    prisma.contract.create({
      data: {
        councilId: council.id,
        reference,
        title: `Contract ${reference}`,
        organisationId,
        serviceTypeId: type.id,
        annualValue: "1000.00",
        totalValue: "3000.00",
        startDate: new Date("2025-01-01"),
        endDate: new Date("2030-12-31"),
        originalEndDate: new Date("2030-12-31"),
        districts: { connect: { id: districtId } },
      },
    });
  const serviceA = await service(orgA.id, north.id, "Alpha Saturday club");
  const serviceB = await service(orgB.id, south.id, "Beta holiday scheme");
  const contractA = await contract(orgA.id, north.id, "C-A");
  const contractB = await contract(orgB.id, south.id, "C-B");
  const family = await makeActor(council.id, "FAMILY");
  await prisma.child.create({
    data: { councilId: council.id, familyId: family.familyId!, districtId: north.id, firstName: "Sam" },
  });
  const otherFamily = await makeActor(council.id, "FAMILY");
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const providerA = await makeActor(council.id, "PROVIDER", { organisationId: orgA.id });
  const providerB = await makeActor(council.id, "PROVIDER", { organisationId: orgB.id });
  const theme = await prisma.feedbackTheme.create({
    data: { councilId: council.id, code: "TRANSPORT", name: "Transport" },
  });
  return {
    council,
    north,
    south,
    orgA,
    orgB,
    serviceA,
    serviceB,
    contractA,
    contractB,
    family,
    otherFamily,
    commissioner,
    providerA,
    providerB,
    theme,
  };
}

/** The parent's feedback form as sent. */
const parentForm = (subject: string, extra: Record<string, string | undefined> = {}) => ({
  submissionKey: randomUUID(),
  subject,
  "supported-at-home": "4",
  "child-enjoyed": "5",
  comment: "The Saturday club is great.",
  consentToQuote: "yes",
  ...extra,
});
/** The parent's feedback as the action hands it to the data function. */
const parent = (subject: string, extra: Record<string, string | undefined> = {}) =>
  parentFeedbackSchema.parse(parentForm(subject, extra));

/** A child's Easy Read answers as the action hands them to the data function. */
const child = (fields: Record<string, string>) => childFeedbackSchema.parse(fields);

async function expectInvalid(p: Promise<unknown>, field: string, message: RegExp) {
  const e = await p.catch((x: unknown) => x);
  const errors = e instanceof FormInvalid ? e.fieldErrors : e instanceof AppError ? e.fieldErrors : undefined;
  expect(errors?.[field], `expected an error on ${field}`).toMatch(message);
}

describe("what a family uses", () => {
  it("lists services and contracts in its children's districts and support plans, not others", async () => {
    const w = await world();
    const values = (await listFamilyFeedbackSubjects(w.family)).map((s) => s.value);
    expect(values).toContain(`service:${w.serviceA.id}`);
    expect(values).toContain(`contract:${w.contractA.id}`);
    expect(values).toContain(`provider:${w.orgA.id}`);
    expect(values).not.toContain(`service:${w.serviceB.id}`);
    expect(values).not.toContain(`contract:${w.contractB.id}`);
    // A family with no children on the register uses nothing (it can still write about short breaks in general).
    expect(await listFamilyFeedbackSubjects(w.otherFamily)).toEqual([]);
  });
});

describe("parents' feedback", () => {
  it("records it once with a receipt, ratings and the subject, and only the family sees it", async () => {
    const w = await world();
    const input = parent(`contract:${w.contractA.id}`);
    const id = await createParentFeedback(w.family, input);
    expect(await createParentFeedback(w.family, input)).toBe(id);
    const mine = await getFamilyFeedback(w.family, id);
    expect(mine.receiptCode).toMatch(/^FB-[A-Z2-9]{6}$/);
    expect(mine.status).toBe("RECEIVED");
    expect(mine.contract?.title).toBe("Contract C-A");
    expect(mine.ratings.map((r) => [r.question, r.value]).sort()).toEqual([
      ["child-enjoyed", 5],
      ["supported-at-home", 4],
    ]);
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id } });
    expect(row.organisationId).toBe(w.orgA.id);
    expect((await listFamilyFeedback(w.family)).items.map((f) => [f.receiptCode, f.about])).toEqual([
      [mine.receiptCode, "Contract C-A"],
    ]);
    await expect(getFamilyFeedback(w.otherFamily, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listFamilyFeedback(w.otherFamily)).total).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "feedback:create", entityId: id } })).toBe(1);
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const w = await world();
    const invalidParent = (extra: Record<string, string>) =>
      fieldErrorsFrom(createParentFeedbackAction, w.family, parentForm("general", extra));
    const before = await prisma.feedback.count({ where: { councilId: w.council.id } });
    expect((await invalidParent({ comment: "   " }))?.["comment"]).toMatch(/Tell us/);
    expect((await invalidParent({ comment: "x".repeat(2001) }))?.["comment"]).toMatch(
      /2,000 characters or fewer/,
    );
    expect((await invalidParent({ "supported-at-home": "6" }))?.["supported-at-home"]).toMatch(/from 1 to 5/);
    expect((await invalidParent({ "child-enjoyed": "0" }))?.["child-enjoyed"]).toMatch(/from 1 to 5/);
    expect((await invalidParent({ comment: "Hello <script>alert(1)</script>" }))?.["comment"]).toMatch(
      /plain words/,
    );
    await expectInvalid(
      createParentFeedback(w.family, parent(`contract:${w.contractB.id}`)),
      "subject",
      new RegExp(NOT_USED_MESSAGE.slice(0, 40)),
    );
    await expectInvalid(
      createParentFeedback(w.family, parent(`service:${w.serviceB.id}`)),
      "subject",
      /uses/,
    );
    expect(await prisma.feedback.count({ where: { councilId: w.council.id } })).toBe(before);
    expect(
      await prisma.auditEvent.count({ where: { councilId: w.council.id, action: "feedback:create" } }),
    ).toBe(0);
  });
});

describe("children's feedback", () => {
  it("from the family area: a face and words, linked to the family", async () => {
    const w = await world();
    const r = await createChildFeedback(
      w.family,
      child({
        submissionKey: randomUUID(),
        face: "HAPPY",
        liked: "Cooking",
        improve: "",
        helpedBy: "adult",
        subject: `service:${w.serviceA.id}`,
      }),
    );
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({
      source: "CHILD",
      face: "HAPPY",
      liked: "Cooking",
      improve: null,
      helpedByAdult: true,
    });
    expect(row.familyId).toBe(w.family.familyId);
    const angry = await fieldErrorsFrom(createChildFeedbackAction, w.family, {
      submissionKey: randomUUID(),
      face: "ANGRY",
      helpedBy: "alone",
    });
    expect(angry?.face).toMatch(/happy, okay or sad/);
  });

  it("from the public page: no person, once per submission key, limited per address", async () => {
    const w = await world();
    const key = randomUUID();
    const input = child({
      submissionKey: key,
      face: "SAD",
      improve: "The bus takes too long",
      helpedBy: "alone",
    });
    const first = await createPublicChildFeedback(w.council.slug, input, "public:address-1");
    const again = await createPublicChildFeedback(w.council.slug, input, "public:address-1");
    expect(again.id).toBe(first.id);
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ familyId: null, submittedByUserId: null, source: "CHILD", face: "SAD" });
    for (let i = 1; i < PUBLIC_FEEDBACK_LIMIT.perHour; i++)
      await createPublicChildFeedback(
        w.council.slug,
        { ...input, submissionKey: randomUUID() },
        "public:address-2",
      );
    await createPublicChildFeedback(
      w.council.slug,
      { ...input, submissionKey: randomUUID() },
      "public:address-2",
    );
    await expect(
      createPublicChildFeedback(
        w.council.slug,
        { ...input, submissionKey: randomUUID() },
        "public:address-2",
      ),
    ).rejects.toMatchObject({ code: "THROTTLED" });
    const markup = await fieldErrorsFrom(createPublicChildFeedbackAction, null, {
      council: w.council.slug,
      submissionKey: randomUUID(),
      face: "SAD",
      helpedBy: "alone",
      liked: "<img src=x onerror=alert(1)>",
    });
    expect(markup?.liked).toMatch(/plain words/);
    await expect(createPublicChildFeedback("no-such-council", input, "public:x")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("commissioners", () => {
  it("filter, theme and change status within their council; another council sees nothing", async () => {
    const w = await world();
    const id = await createParentFeedback(
      w.family,
      parent(`service:${w.serviceA.id}`, { "supported-at-home": "2" }),
    );
    await createParentFeedback(w.family, parent("general", { "supported-at-home": "5" }));
    expect((await listCouncilFeedback(w.commissioner, {}, 1)).total).toBe(2);
    expect((await listCouncilFeedback(w.commissioner, { untagged: true }, 1)).total).toBe(2);
    expect(
      (await listCouncilFeedback(w.commissioner, { serviceId: w.serviceA.id }, 1)).items.map((f) => f.id),
    ).toEqual([id]);
    expect((await listCouncilFeedback(w.commissioner, { rating: 2 }, 1)).items.map((f) => f.id)).toEqual([
      id,
    ]);
    expect((await listCouncilFeedback(w.commissioner, { organisationId: w.orgB.id }, 1)).total).toBe(0);

    await setFeedbackThemes(w.commissioner, { feedbackId: id, themeIds: [w.theme.id] });
    const themed = await getCouncilFeedback(w.commissioner, id);
    expect(themed.tags.map((t) => t.themeId)).toEqual([w.theme.id]);
    expect(themed.status).toBe("IN_REVIEW");
    expect(
      (await listCouncilFeedback(w.commissioner, { themeId: w.theme.id }, 1)).items.map((f) => f.id),
    ).toEqual([id]);
    expect((await listCouncilFeedback(w.commissioner, { untagged: true }, 1)).total).toBe(1);
    await updateFeedbackStatus(w.commissioner, { feedbackId: id, status: "CLOSED" });
    expect((await getCouncilFeedback(w.commissioner, id)).status).toBe("CLOSED");
    expect(
      await prisma.auditEvent.count({
        where: { entityId: id, action: { in: ["feedback:theme", "feedback:status"] } },
      }),
    ).toBe(2);

    const elsewhere = await makeCouncil();
    const stranger = await makeActor(elsewhere.id, "COMMISSIONER");
    expect((await listCouncilFeedback(stranger, {}, 1)).total).toBe(0);
    await expect(getCouncilFeedback(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setFeedbackThemes(stranger, { feedbackId: id, themeIds: [] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const strangerTheme = await prisma.feedbackTheme.create({
      data: { councilId: elsewhere.id, code: "X", name: "X" },
    });
    await expectInvalid(
      setFeedbackThemes(w.commissioner, { feedbackId: id, themeIds: [strangerTheme.id] }),
      "themeIds",
      /council's list/,
    );
  });

  it("add themes to the council's list, once per name", async () => {
    const w = await world();
    await createFeedbackTheme(w.commissioner, { name: "Information and advice" });
    expect(
      await prisma.feedbackTheme.findFirst({
        where: { councilId: w.council.id, code: "INFORMATION_AND_ADVICE" },
      }),
    ).not.toBeNull();
    await expectInvalid(
      createFeedbackTheme(w.commissioner, { name: "information and advice" }),
      "name",
      /already/,
    );
    expect((await fieldErrorsFrom(createFeedbackThemeAction, w.commissioner, { name: "  " }))?.name).toMatch(
      /Enter/,
    );
  });

  it("publish 'You said, we did': linked feedback is acted on, its family is told and sees it, the public page lists it by theme", async () => {
    const w = await world();
    const id = await createParentFeedback(w.family, parent("general"));
    await setFeedbackThemes(w.commissioner, { feedbackId: id, themeIds: [w.theme.id] });
    const draft = {
      submissionKey: randomUUID(),
      youSaid: "The bus takes too long.",
      weDid: "We added a minibus.",
      status: "PLANNED" as const,
      themeIds: [w.theme.id],
      feedbackIds: [id],
      publish: false,
    };
    const actionId = await saveYouSaidWeDid(w.commissioner, draft);
    expect((await listPublishedYouSaidWeDid(w.council.slug))!.total).toBe(0);
    expect((await getFamilyFeedback(w.family, id)).actions).toEqual([]);
    expect(await prisma.notification.count({ where: { membershipId: w.family.membershipId } })).toBe(0);

    await saveYouSaidWeDid(w.commissioner, { ...draft, submissionKey: undefined, actionId, publish: true });
    const pub = await listPublishedYouSaidWeDid(w.council.slug);
    expect(pub!.themes.map((t) => [t.name, t.actions.map((a) => a.weDid)])).toEqual([
      ["Transport", ["We added a minibus."]],
    ]);
    const mine = await getFamilyFeedback(w.family, id);
    expect(mine.status).toBe("ACTIONED");
    expect(mine.actions.map((a) => a.weDid)).toEqual(["We added a minibus."]);
    expect(await prisma.notification.count({ where: { membershipId: w.family.membershipId } })).toBe(1);

    await saveYouSaidWeDid(w.commissioner, {
      ...draft,
      submissionKey: undefined,
      actionId,
      status: "DONE",
      completedOn: "2026-11-01",
    });
    expect(await prisma.notification.count({ where: { membershipId: w.family.membershipId } })).toBe(2);
    const done = { youSaid: draft.youSaid, weDid: draft.weDid, themeIds: draft.themeIds, feedbackIds: [id] };
    expect(
      (await fieldErrorsFrom(updateYouSaidWeDidAction, w.commissioner, { ...done, actionId, status: "DONE" }))
        ?.completedOn,
    ).toMatch(/date it was done/);
    const elsewhere = await makeCouncil();
    expect((await listPublishedYouSaidWeDid(elsewhere.slug))!.total).toBe(0);
    await expect(
      saveYouSaidWeDid(await makeActor(elsewhere.id, "COMMISSIONER"), {
        ...draft,
        submissionKey: undefined,
        actionId,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("providers", () => {
  it("see feedback about their own organisation only, quotes only with consent, never who gave it", async () => {
    const w = await world();
    const quoted = await createParentFeedback(
      w.family,
      parent(`service:${w.serviceA.id}`, { comment: "Quote me" }),
    );
    const unquoted = await createParentFeedback(
      w.family,
      parent(`contract:${w.contractA.id}`, { comment: "Private words", consentToQuote: undefined }),
    );
    await createPublicChildFeedback(
      w.council.slug,
      child({
        submissionKey: randomUUID(),
        face: "HAPPY",
        liked: "Beta is fun",
        helpedBy: "alone",
        subject: `service:${w.serviceB.id}`,
      }),
      "public:p",
    );
    const a = await listProviderFeedback(w.providerA);
    expect(a.items.map((f) => f.id).sort()).toEqual([quoted, unquoted].sort());
    const byId = new Map(a.items.map((f) => [f.id, f]));
    expect(byId.get(quoted)!.comment).toBe("Quote me");
    expect(byId.get(unquoted)!.comment).toBeNull();
    const text = JSON.stringify(a);
    expect(text).not.toContain("Private words");
    expect(text).not.toContain(w.family.familyId!);
    expect(text).not.toContain(w.family.userId);
    expect(text).not.toContain(w.family.email);
    expect(text).not.toMatch(/familyId|submittedByUserId|contactRequested/);

    const b = await listProviderFeedback(w.providerB);
    expect(b.items.map((f) => f.liked)).toEqual([null]);
    expect(JSON.stringify(b)).not.toContain("Quote me");
  });

  it("reply to their own feedback only; the family sees the reply and is told", async () => {
    const w = await world();
    const id = await createParentFeedback(w.family, parent(`service:${w.serviceA.id}`));
    await replyToFeedback(w.providerA, { submissionKey: randomUUID(), feedbackId: id, body: "Thank you!" });
    expect((await getFamilyFeedback(w.family, id)).replies.map((r) => [r.authorRole, r.body])).toEqual([
      ["PROVIDER", "Thank you!"],
    ]);
    expect(await prisma.notification.count({ where: { membershipId: w.family.membershipId } })).toBe(1);
    await expect(
      replyToFeedback(w.providerB, { submissionKey: randomUUID(), feedbackId: id, body: "Hi" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      (
        await fieldErrorsFrom(replyToFeedbackAction, w.providerA, {
          submissionKey: randomUUID(),
          feedbackId: id,
          body: "",
        })
      )?.body,
    ).toMatch(/Write/);
  });

  it("enter children's feedback in batches against their own contracts", async () => {
    const w = await world();
    const key = randomUUID();
    const form = {
      submissionKey: key,
      contractId: w.contractA.id,
      "face-0": "HAPPY",
      "liked-0": "Swimming",
      "face-1": "SAD",
      "improve-1": "Less noise",
      "face-2": "",
      "liked-2": "",
    };
    const batch = childFeedbackBatchSchema.parse(form);
    expect(batch.rows).toEqual([
      { face: "HAPPY", liked: "Swimming", improve: undefined },
      { face: "SAD", liked: undefined, improve: "Less noise" },
    ]);
    expect(await recordChildFeedbackBatch(w.providerA, batch)).toBe(2);
    expect(await recordChildFeedbackBatch(w.providerA, batch)).toBe(0);
    expect(
      await prisma.feedback.count({ where: { contractId: w.contractA.id, source: "PROVIDER_COLLECTED" } }),
    ).toBe(2);
    const noFace = await fieldErrorsFrom(recordChildFeedbackBatchAction, w.providerA, {
      submissionKey: randomUUID(),
      contractId: w.contractA.id,
      "liked-3": "No face",
    });
    expect(noFace?.["face-3"]).toMatch(/Child 4: choose a face/);
    const empty = await fieldErrorsFrom(recordChildFeedbackBatchAction, w.providerA, {
      submissionKey: randomUUID(),
      contractId: w.contractA.id,
      "face-0": "",
    });
    expect(empty?.["face-0"]).toBe("Enter at least one child's answer");
    const tooLong = await fieldErrorsFrom(recordChildFeedbackBatchAction, w.providerA, {
      submissionKey: randomUUID(),
      contractId: "",
      "face-1": "OKAY",
      "improve-1": "x".repeat(2001),
    });
    expect(tooLong).toMatchObject({
      contractId: "Choose the contract",
      "improve-1": expect.stringMatching(/^Child 2: What would make it better must be/),
    });
    await expectInvalid(
      recordChildFeedbackBatch(w.providerA, {
        ...batch,
        submissionKey: randomUUID(),
        contractId: w.contractB.id,
      }),
      "contractId",
      /your organisation's contracts/,
    );
    expect(await prisma.feedback.count({ where: { councilId: w.council.id } })).toBe(2);
  });
});

describe("contract feedback summary", () => {
  it("averages, counts, faces and quarterly satisfaction for one contract of the council", async () => {
    const w = await world();
    const at = (iso: string) => new Date(iso);
    const mk = async (
      createdAt: string,
      supported: number | null,
      face: "HAPPY" | "OKAY" | "SAD" | null = null,
      contractId = w.contractA.id,
    ) =>
      prisma.feedback.create({
        data: {
          councilId: w.council.id,
          source: face ? "PROVIDER_COLLECTED" : "PARENT",
          receiptCode: `FB-${randomUUID().slice(0, 6).toUpperCase()}`,
          contractId,
          organisationId: w.orgA.id,
          face,
          createdAt: at(createdAt),
          ratings: supported
            ? {
                create: [
                  { councilId: w.council.id, question: "supported-at-home", value: supported },
                  { councilId: w.council.id, question: "staff-understood", value: 3 },
                ],
              }
            : undefined,
        },
      });
    await mk("2026-01-10T10:00:00Z", 5);
    await mk("2026-02-10T10:00:00Z", 4);
    await mk("2026-03-31T23:30:00Z", 2);
    await mk("2026-04-02T10:00:00Z", 3);
    await mk("2026-05-02T10:00:00Z", null, "HAPPY");
    await mk("2026-05-03T10:00:00Z", null, "SAD");
    await mk("2026-05-03T10:00:00Z", 1, null, w.contractB.id);

    const s = await getContractFeedbackSummary(w.council.id, w.contractA.id);
    expect(s.total).toBe(6);
    expect(s.bySource).toEqual({ PARENT: 4, CHILD: 0, PROVIDER_COLLECTED: 2 });
    expect(s.faces).toEqual({ HAPPY: 1, OKAY: 0, SAD: 1 });
    expect(s.questions).toEqual([
      { question: "supported-at-home", label: expect.any(String), average: 3.5, count: 4 },
      { question: "child-enjoyed", label: expect.any(String), average: null, count: 0 },
      { question: "staff-understood", label: expect.any(String), average: 3, count: 4 },
    ]);
    expect(s.quarters.map((q) => [q.quarter, q.ratings, q.satisfied, q.percent])).toEqual([
      ["2026 Q1", 3, 2, 66.7],
      ["2026 Q2", 1, 0, 0],
    ]);
    expect(s.quarters[0].start.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    const elsewhere = await makeCouncil();
    await expect(getContractFeedbackSummary(elsewhere.id, w.contractA.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("theme counts by month", () => {
  it("counts tagged feedback by the month it was received, for the council only", async () => {
    const w = await world();
    const info = await prisma.feedbackTheme.create({
      data: { councilId: w.council.id, code: "INFO", name: "Information" },
    });
    const mk = (createdAt: string, themeIds: string[]) =>
      prisma.feedback.create({
        data: {
          councilId: w.council.id,
          source: "PARENT",
          receiptCode: `FB-${randomUUID().slice(0, 6).toUpperCase()}`,
          createdAt: new Date(createdAt),
          tags: {
            create: themeIds.map((themeId) => ({
              councilId: w.council.id,
              themeId,
              taggedById: w.commissioner.userId,
            })),
          },
        },
      });
    await mk("2026-09-30T23:59:00Z", [w.theme.id]);
    await mk("2026-10-01T00:01:00Z", [w.theme.id, info.id]);
    await mk("2026-10-15T12:00:00Z", []);
    await mk("2025-01-15T12:00:00Z", [w.theme.id]);
    const data = await getThemeCountsByMonth(w.commissioner, 3, new Date("2026-11-23T12:00:00Z"));
    expect(data.months).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(data.rows.map((r) => [r.name, r.counts, r.total])).toEqual([
      ["Information", [0, 1, 0], 1],
      ["Transport", [1, 1, 0], 2],
    ]);
    expect(data.received).toEqual([1, 2, 0]);
    const stranger = await makeActor((await makeCouncil()).id, "COMMISSIONER");
    expect((await getThemeCountsByMonth(stranger, 3, new Date("2026-11-23T12:00:00Z"))).rows).toEqual([]);
    await recordThemeCountsExport(w.commissioner, "csv");
    expect(
      await prisma.auditEvent.count({ where: { councilId: w.council.id, action: "feedback:export" } }),
    ).toBe(1);
  });
});
