import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createTender } from "@/lib/data/tenders/create-tender";
import { getTender } from "@/lib/data/tenders/get-tender";
import { moveTender } from "@/lib/data/tenders/move-tender";
import { updateTender } from "@/lib/data/tenders/update-tender";
import { answerQuestion, askQuestion } from "@/lib/data/tenders/questions";
import { getProviderTender, saveBid, withdrawBid, type BidInput } from "@/lib/data/tenders/bids";
import { savePanelMember } from "@/lib/data/tenders/panel";
import { declareConflicts, getEvaluatorView, saveScore } from "@/lib/data/tenders/evaluation";
import { getModeration, setModeratedScore } from "@/lib/data/tenders/moderation";
import {
  confirmAward,
  proposeAward,
  recordYoungPanelDecision,
  type LetterBody,
} from "@/lib/data/tenders/award";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { listOcdsReleases } from "@/lib/data/ocds/list-ocds-releases";
import { makeActor, makeApprovedSpecification, makeCouncil, makeOrganisation } from "./factories";
import { makeYoungCommissioner } from "../support/involvement-factories";
import { ocdsValidator } from "./ocds-validator";
import { at, tenderInput } from "./tender-fixtures";

// A controlled clock (tender-fixtures): the tender is published at T0; questions close at T0+5 days; bids at T0+10.

async function rejects(p: Promise<unknown>, code: string, message?: RegExp) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected the call to be refused").toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  if (message)
    expect((e as AppError).message + JSON.stringify((e as AppError).fieldErrors ?? {})).toMatch(message);
}

let commissioner: Actor;
let young: Actor;
let other: Actor;
let providerA: Actor;
let providerB: Actor;
let outsider: Actor;
let specificationId: string;

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  young = await makeYoungCommissioner(council.id);
  const orgA = await makeOrganisation(council.id, "Alpha Play CIC");
  const orgB = await makeOrganisation(council.id, "Beta Breaks Ltd");
  providerA = await makeActor(council.id, "PROVIDER", { organisationId: orgA.id });
  providerB = await makeActor(council.id, "PROVIDER", { organisationId: orgB.id });
  const elsewhere = await makeCouncil();
  other = await makeActor(elsewhere.id, "COMMISSIONER");
  outsider = await makeActor(elsewhere.id, "PROVIDER");

  const district = await prisma.district.create({
    data: { councilId: council.id, code: "N", name: "North" },
  });
  const spec = await makeApprovedSpecification({
    councilId: council.id,
    author: commissioner,
    approvedAt: at(-10),
    districtIds: [district.id],
    outputs: [
      { measure: "Play scheme days", unit: "DAYS", quantity: "30", period: "PER_YEAR" },
      { measure: "Children per day", unit: "CHILDREN", quantity: "12", period: "PER_DAY" },
    ],
  });
  specificationId = spec.id;
});

const bid = (
  tenderId: string,
  criteria: { id: string; kind: string }[],
  extra: Partial<BidInput> = {},
): BidInput => ({
  tenderId,
  intent: "submit",
  answers: Object.fromEntries(criteria.filter((c) => c.kind !== "PRICE").map((c) => [c.id, "Our answer"])),
  price: "100000",
  safeguarding: true,
  insurance: true,
  ...extra,
});

describe("a tender from draft to contract", () => {
  let tenderId: string;

  it("drafts once per submit, and refuses a value above the specification's ceiling", async () => {
    const key = randomUUID();
    tenderId = await createTender(commissioner, specificationId, tenderInput(), key, at(-2));
    expect(await createTender(commissioner, specificationId, tenderInput(), key, at(-2))).toBe(tenderId);
    await rejects(
      createTender(
        commissioner,
        specificationId,
        tenderInput({ estimatedValue: "360000.01" }),
        randomUUID(),
        at(-2),
      ),
      "INVALID",
      /£360,000.00/,
    );
    expect(await prisma.tender.count({ where: { councilId: commissioner.councilId } })).toBe(1);
  });

  it("keeps drafts out of providers' sight and other councils' reach", async () => {
    await rejects(getProviderTender(providerA, tenderId), "NOT_FOUND");
    await rejects(getTender(other, tenderId), "NOT_FOUND");
    await rejects(moveTender(other, tenderId, "PUBLISHED", undefined, at(0)), "NOT_FOUND");
  });

  it("publishes, then fixes the criteria", async () => {
    await moveTender(commissioner, tenderId, "PUBLISHED", undefined, at(0));
    await rejects(
      updateTender(commissioner, tenderId, tenderInput({ title: "Changed" })),
      "CONFLICT",
      /fixed/,
    );
    const t = await prisma.tender.findUniqueOrThrow({ where: { id: tenderId }, include: { criteria: true } });
    expect(t.title).toBe("Holiday play schemes");
    expect(t.criteria.map((c) => c.weight).sort()).toEqual([20, 30, 50]);
    await rejects(moveTender(commissioner, tenderId, "AWARDED" as never, undefined, at(1)), "CONFLICT");
  });

  it("publishes answers to every bidder without the asker", async () => {
    await askQuestion(
      providerA,
      { tenderId, question: "Can we subcontract transport?", submissionKey: randomUUID() },
      at(1),
    );
    await rejects(
      askQuestion(providerA, { tenderId, question: "Late?", submissionKey: randomUUID() }, at(6)),
      "CONFLICT",
      /clarification/,
    );
    await rejects(
      askQuestion(outsider, { tenderId, question: "Hi", submissionKey: randomUUID() }, at(1)),
      "NOT_FOUND",
    );
    const q = await prisma.clarificationQuestion.findFirstOrThrow({ where: { tenderId } });
    await answerQuestion(commissioner, { questionId: q.id, answer: "Yes, with our approval." }, at(2));
    const seenByB = await getProviderTender(providerB, tenderId);
    expect(seenByB.questions).toEqual([
      {
        id: q.id,
        question: "Can we subcontract transport?",
        answer: "Yes, with our approval.",
        publishedAt: at(2),
      },
    ]);
    expect(JSON.stringify(seenByB)).not.toContain("Alpha Play");
    expect(seenByB.ownQuestions).toEqual([]);
  });

  it("takes bids until the deadline, sealed from the council, each provider seeing only its own", async () => {
    const { criteria } = await getTender(commissioner, tenderId, at(3));
    await rejects(
      saveBid(providerA, bid(tenderId, criteria, { insurance: false }), at(3)),
      "INVALID",
      /insurance/,
    );
    expect(await prisma.bid.count({ where: { tenderId } })).toBe(0);

    expect(await saveBid(providerA, bid(tenderId, criteria, { price: "100000" }), at(3))).toBe("submitted");
    expect(await saveBid(providerA, bid(tenderId, criteria), at(3))).toBe("submitted"); // a second submit changes nothing
    await rejects(
      saveBid(providerA, bid(tenderId, criteria, { intent: "save" }), at(3)),
      "CONFLICT",
      /Withdraw/,
    );
    await withdrawBid(providerA, tenderId, at(4));
    expect(await saveBid(providerA, bid(tenderId, criteria, { price: "100000" }), at(4))).toBe("submitted");
    expect(await saveBid(providerB, bid(tenderId, criteria, { price: "125000" }), at(5))).toBe("submitted");

    const seenByB = await getProviderTender(providerB, tenderId);
    expect(seenByB.bid?.price?.toString()).toBe("125000");
    expect(JSON.stringify(seenByB)).not.toContain("100000");

    const view = await getTender(commissioner, tenderId, at(9));
    expect(view.sealed).toBe(true);
    expect(view.submittedBids).toBeNull();
    await rejects(getModeration(commissioner, tenderId, at(9)), "CONFLICT", /sealed/);
    await rejects(
      moveTender(commissioner, tenderId, "CLOSED", undefined, at(9)),
      "CONFLICT",
      /until the submission deadline/,
    );
    await rejects(
      saveBid(providerB, bid(tenderId, criteria, { price: "90000" }), at(10)),
      "CONFLICT",
      /deadline has passed/,
    );
    await rejects(withdrawBid(providerB, tenderId, at(11)), "CONFLICT");
    expect(
      (
        await prisma.bid.findFirstOrThrow({ where: { organisationId: providerB.organisationId! } })
      ).price?.toString(),
    ).toBe("125000");
  });

  it("needs a panel before evaluation; evaluators declare conflicts first", async () => {
    await moveTender(commissioner, tenderId, "CLOSED", undefined, at(11));
    await rejects(
      moveTender(commissioner, tenderId, "IN_EVALUATION", undefined, at(11)),
      "CONFLICT",
      /panel/,
    );
    const { criteria } = await getTender(commissioner, tenderId, at(11));
    const quality = criteria.find((c) => c.kind === "QUALITY")!;
    const yp = criteria.find((c) => c.kind === "YOUNG_PEOPLE")!;
    const price = criteria.find((c) => c.kind === "PRICE")!;
    await rejects(
      savePanelMember(commissioner, {
        tenderId,
        membershipId: commissioner.membershipId,
        seat: "CHAIR",
        criterionIds: [price.id],
      }),
      "INVALID",
    );
    await savePanelMember(commissioner, {
      tenderId,
      membershipId: commissioner.membershipId,
      seat: "CHAIR",
      criterionIds: [quality.id],
    });
    await savePanelMember(commissioner, {
      tenderId,
      membershipId: young.membershipId,
      seat: "EVALUATOR",
      criterionIds: [yp.id],
    });
    await moveTender(commissioner, tenderId, "IN_EVALUATION", undefined, at(11));

    // The young commissioner sees only their criterion, bidders by label.
    const view = await getEvaluatorView(young, tenderId, at(12));
    expect(view.criteria.map((c) => c.id)).toEqual([yp.id]);
    expect(view.bids).toEqual([]); // nothing to score before declaring
    expect(view.organisations.map((o) => o.name)).toEqual(["Alpha Play CIC", "Beta Breaks Ltd"]);
    const [bidA] = await prisma.bid.findMany({
      where: { tenderId, organisationId: providerA.organisationId! },
    });
    await rejects(
      saveScore(young, { tenderId, bidId: bidA.id, criterionId: yp.id, score: 4, reason: "Good" }, at(12)),
      "CONFLICT",
      /Declare/,
    );
    await declareConflicts(
      young,
      tenderId,
      [
        { organisationId: providerA.organisationId!, hasConflict: false, details: null },
        { organisationId: providerB.organisationId!, hasConflict: true, details: "My aunt works there" },
      ],
      at(12),
    );
    const after = await getEvaluatorView(young, tenderId, at(12));
    expect(after.bids.map((b) => b.name)).toEqual([expect.stringMatching(/^Bidder [AB]$/)]);
    expect(Object.keys(after.bids[0].answers)).toEqual([yp.id]);
    const bidB = await prisma.bid.findFirstOrThrow({
      where: { tenderId, organisationId: providerB.organisationId! },
    });
    await rejects(
      saveScore(young, { tenderId, bidId: bidB.id, criterionId: yp.id, score: 2, reason: "Meh" }, at(12)),
      "CONFLICT",
      /conflict of interest/,
    );
    await rejects(
      saveScore(
        young,
        { tenderId, bidId: bidA.id, criterionId: quality.id, score: 4, reason: "Not mine" },
        at(12),
      ),
      "NOT_FOUND",
    );
    await saveScore(
      young,
      { tenderId, bidId: bidA.id, criterionId: yp.id, score: 5, reason: "They let us choose" },
      at(12),
    );
    await rejects(getEvaluatorView(providerA, tenderId, at(12)), "NOT_FOUND");
  });

  it("moderates, ranks, awards with both decisions, writes letters and creates the contract", async () => {
    const { criteria } = await getTender(commissioner, tenderId, at(13));
    const quality = criteria.find((c) => c.kind === "QUALITY")!;
    const yp = criteria.find((c) => c.kind === "YOUNG_PEOPLE")!;
    const bids = await prisma.bid.findMany({ where: { tenderId }, include: { organisation: true } });
    const a = bids.find((b) => b.organisation.name.startsWith("Alpha"))!;
    const b = bids.find((x) => x.organisation.name.startsWith("Beta"))!;
    await declareConflicts(
      commissioner,
      tenderId,
      [a, b].map((x) => ({ organisationId: x.organisationId, hasConflict: false, details: null })),
      at(13),
    );
    await rejects(proposeAward(commissioner, tenderId, "Best value", at(13)), "CONFLICT", /Moderate/);
    const set = (bidId: string, criterionId: string, score: number) =>
      setModeratedScore(
        commissioner,
        { tenderId, bidId, criterionId, score, note: `Agreed ${score}` },
        at(13),
      );
    await set(a.id, quality.id, 3);
    await set(a.id, yp.id, 5);
    await set(b.id, quality.id, 5);
    await set(b.id, yp.id, 3);
    const m = await getModeration(commissioner, tenderId, at(13));
    // A: 30 + 20 + 30 (lowest price) = 80. B: 50 + 12 + 24 = 86.
    expect(m.ranking?.map((r) => [r.bidId, r.total.toFixed(2)])).toEqual([
      [b.id, "86.00"],
      [a.id, "80.00"],
    ]);

    await proposeAward(commissioner, tenderId, "Highest score after moderation", at(14));
    await rejects(set(a.id, quality.id, 5), "CONFLICT", /award decision/);
    await rejects(confirmAward(commissioner, tenderId, at(30)), "CONFLICT");
    await rejects(
      recordYoungPanelDecision(providerA, { tenderId, approve: true, note: null }, at(15)),
      "NOT_FOUND",
    );
    await recordYoungPanelDecision(young, { tenderId, approve: true, note: null }, at(15));

    const letterA = await getProviderTender(providerA, tenderId);
    const body = letterA.bid?.feedbackLetter?.body as unknown as LetterBody;
    expect(body.outcome).toBe("unsuccessful");
    expect(body.rank).toBe(2);
    expect(body.winnerName).toBe("Beta Breaks Ltd");
    expect(body.criteria.find((c) => c.title === "Meeting needs")).toMatchObject({
      yourScore: 3,
      winnerScore: 5,
      yourReason: "Agreed 3",
    });
    expect((await getProviderTender(providerB, tenderId)).bid?.feedbackLetter).toBeTruthy();

    await rejects(confirmAward(commissioner, tenderId, at(16)), "CONFLICT", /standstill/);
    const contractId = await confirmAward(commissioner, tenderId, at(40));
    const contract = await prisma.contract.findUniqueOrThrow({
      where: { id: contractId },
      include: { kpis: true, districts: true },
    });
    expect(contract.organisationId).toBe(providerB.organisationId);
    expect(contract.annualValue.toString()).toBe("125000");
    expect(contract.totalValue.toString()).toBe("375000");
    expect(contract.districts).toHaveLength(1);
    expect(contract.kpis.map((k) => [k.name, k.unit, k.targetPerPeriod.toString()])).toEqual([
      ["Play scheme days", "DAYS", "7.5"],
      ["Children per day", "CHILDREN", "12"],
    ]);
    const periods = await prisma.returnPeriod.findMany({
      where: { contractId },
      orderBy: { startDate: "asc" },
    });
    expect(periods).toHaveLength(13); // 1 March 2027 to 28 February 2030: short first and last quarters
    expect(periods[0].startDate.toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(periods[0].endDate.toISOString().slice(0, 10)).toBe("2027-03-31");
    expect(periods[0].dueDate.toISOString().slice(0, 10)).toBe("2027-04-20");
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: tenderId } })).status).toBe("AWARDED");
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: tenderId },
      select: { action: true },
    });
    expect(audit.map((x) => x.action)).toEqual(
      expect.arrayContaining([
        "tender:create",
        "tender:published",
        "tender:closed",
        "tender:in-evaluation",
        "award:propose",
        "award:confirm",
      ]),
    );
  });

  it("publishes tenders, awards and contracts as a valid OCDS release package, without losing bidders", async () => {
    await createTender(
      commissioner,
      specificationId,
      tenderInput({ title: "A draft nobody sees" }),
      randomUUID(),
      at(41),
    );
    const pkg = await listOcdsReleases(
      commissioner.councilSlug,
      { limit: 500 },
      new URL("https://example.org/api/ocds/x/releases"),
    );
    const validate = ocdsValidator();
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...pkg, releases: [{ ...pkg!.releases[0], ocid: undefined }] })).toBe(false);
    // One process, one release per stage (in date order: this test's clock puts the contract's row first).
    expect(new Set(pkg!.releases.map((r) => r.ocid)).size).toBe(1);
    expect(pkg!.releases.map((r) => r.tag[0]).sort()).toEqual([
      "award",
      "contract",
      "planning",
      "tender",
      "tenderUpdate",
    ]);
    const byTag = (tag: string) =>
      pkg!.releases.find((r) => r.tag.includes(tag)) as unknown as Record<string, never>;
    expect(byTag("tenderUpdate").tender).toMatchObject({ status: "complete" });
    expect(byTag("award").awards[0]).toMatchObject({
      status: "active",
      suppliers: [expect.objectContaining({ name: "Beta Breaks Ltd" })],
    });
    expect(byTag("contract").contracts[0]).toMatchObject({ value: { amount: 375000, currency: "GBP" } });
    const text = JSON.stringify(pkg);
    expect(text).not.toContain("Alpha Play");
    expect(text).not.toContain("A draft nobody sees");
    expect(await listPublicTenders("no-such-council")).toBeNull();
  });
});
