import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { addDays } from "@/lib/domain/dates";
import { createTender } from "@/lib/data/tenders/create-tender";
import { moveTender } from "@/lib/data/tenders/move-tender";
import { saveBid } from "@/lib/data/tenders/bids";
import { savePanelMember } from "@/lib/data/tenders/panel";
import { declareConflicts } from "@/lib/data/tenders/evaluation";
import type { TenderInput } from "@/lib/schemas/tender";
import { makeActor, makeApprovedSpecification, makeCouncil, makeOrganisation } from "./factories";
import { makeYoungCommissioner } from "../support/involvement-factories";

/** A controlled clock: published at T0; questions close at T0+5 days; bids at T0+10. */
export const T0 = new Date("2027-01-04T09:00:00Z");
export const at = (days: number) => addDays(T0, days);

/** Awaits a call that must be refused with an AppError of this code (and message). */
export async function rejects(p: Promise<unknown>, code: string, message?: RegExp) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected the call to be refused").toBeInstanceOf(AppError);
  expect((e as AppError).code, (e as AppError).message).toBe(code);
  if (message)
    expect((e as AppError).message + JSON.stringify((e as AppError).fieldErrors ?? {})).toMatch(message);
}

export function tenderInput(overrides: Partial<TenderInput> = {}): TenderInput {
  return {
    title: "Holiday play schemes",
    description: "Inclusive play schemes in the school holidays",
    estimatedValue: "300000",
    hideBidderNames: "yes",
    clarificationDeadline: at(5),
    submissionDeadline: at(10),
    evaluationEndsAt: at(30),
    criteria: [
      { kind: "QUALITY", title: "Meeting needs", question: "How?", guidance: null, weight: 50 },
      { kind: "PRICE", title: "Price", question: "", guidance: null, weight: 30 },
      { kind: "YOUNG_PEOPLE", title: "Young people", question: "Choice?", guidance: null, weight: 20 },
    ],
    ...overrides,
  };
}

/**
 * One council with the people a tender needs: a chair, a second commissioner who sits as an
 * evaluator, a commissioner who is not on the panel, two young commissioners, two bidders, and
 * an approved specification.
 */
export async function tenderWorld() {
  const council = await makeCouncil();
  const chair = await makeActor(council.id, "COMMISSIONER");
  const evaluator = await makeActor(council.id, "COMMISSIONER");
  const bystander = await makeActor(council.id, "COMMISSIONER");
  const young1 = await makeYoungCommissioner(council.id);
  const young2 = await makeYoungCommissioner(council.id, { age: 14, consent: true });
  const orgA = await makeOrganisation(council.id, "Alpha Play CIC");
  const orgB = await makeOrganisation(council.id, "Beta Breaks Ltd");
  const providerA = await makeActor(council.id, "PROVIDER", { organisationId: orgA.id });
  const providerB = await makeActor(council.id, "PROVIDER", { organisationId: orgB.id });
  const spec = await makeApprovedSpecification({ councilId: council.id, author: chair, approvedAt: at(-10) });
  return {
    council,
    chair,
    evaluator,
    bystander,
    young1,
    young2,
    providerA,
    providerB,
    specificationId: spec.id,
  };
}

export type TenderWorld = Awaited<ReturnType<typeof tenderWorld>>;

export async function criteriaOf(tenderId: string) {
  const criteria = await prisma.tenderCriterion.findMany({ where: { tenderId } });
  return {
    quality: criteria.find((c) => c.kind === "QUALITY")!,
    yp: criteria.find((c) => c.kind === "YOUNG_PEOPLE")!,
    all: criteria,
  };
}

function fullBid(tenderId: string, criteria: { id: string; kind: string }[], price: string) {
  return {
    tenderId,
    intent: "submit" as const,
    answers: Object.fromEntries(criteria.filter((c) => c.kind !== "PRICE").map((c) => [c.id, "Our answer"])),
    price,
    safeguarding: true,
    insurance: true,
  };
}

/**
 * A tender in evaluation with two submitted bids (A cheaper, B dearer). Panel: `chair` chairs,
 * `evaluator` evaluates quality and declared a conflict with B; both young commissioners score the
 * young people's criterion. Everyone has declared.
 */
export async function tenderInEvaluation(w: TenderWorld) {
  const tenderId = await createTender(w.chair, w.specificationId, tenderInput(), randomUUID(), at(-2));
  await moveTender(w.chair, tenderId, "PUBLISHED", undefined, at(0));
  const { quality, yp, all } = await criteriaOf(tenderId);
  await saveBid(w.providerA, fullBid(tenderId, all, "100000"), at(3));
  await saveBid(w.providerB, fullBid(tenderId, all, "125000"), at(4));
  await moveTender(w.chair, tenderId, "CLOSED", undefined, at(11));
  const seat = (a: Actor, s: "CHAIR" | "EVALUATOR", criterionIds: string[]) =>
    savePanelMember(w.chair, { tenderId, membershipId: a.membershipId, seat: s, criterionIds });
  await seat(w.chair, "CHAIR", [quality.id]);
  await seat(w.evaluator, "EVALUATOR", [quality.id]);
  await seat(w.young1, "EVALUATOR", [yp.id]);
  await seat(w.young2, "EVALUATOR", [yp.id]);
  await moveTender(w.chair, tenderId, "IN_EVALUATION", undefined, at(11));
  const bids = await prisma.bid.findMany({ where: { tenderId }, include: { organisation: true } });
  const a = bids.find((b) => b.organisation.name.startsWith("Alpha"))!;
  const b = bids.find((x) => x.organisation.name.startsWith("Beta"))!;
  const none = [a, b].map((x) => ({ organisationId: x.organisationId, hasConflict: false, details: null }));
  for (const who of [w.chair, w.young1, w.young2]) await declareConflicts(who, tenderId, none, at(12));
  await declareConflicts(
    w.evaluator,
    tenderId,
    [
      { organisationId: a.organisationId, hasConflict: false, details: null },
      { organisationId: b.organisationId, hasConflict: true, details: "I used to be their trustee" },
    ],
    at(12),
  );
  return { tenderId, quality, yp, a, b };
}
