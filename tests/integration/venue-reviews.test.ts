import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { scheduleVenueReview } from "@/lib/data/involvement/schedule-venue-review";
import { submitVenueReview, type SubmitVenueReviewInput } from "@/lib/data/involvement/submit-venue-review";
import { respondToRecommendation } from "@/lib/data/involvement/respond-to-recommendation";
import { scheduleRevisit } from "@/lib/data/involvement/schedule-revisit";
import { recordRevisit } from "@/lib/data/involvement/record-revisit";
import { getVenueReview } from "@/lib/data/involvement/get-venue-review";
import { listVenueReviews, venueReviewSummary } from "@/lib/data/involvement/list-venue-reviews";
import { getProviderDashboard } from "@/lib/data/dashboards/provider-dashboard";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";
import { makeService, makeYoungCommissioner } from "../support/involvement-factories";
import { rejects } from "./tender-fixtures";

const NOW = new Date("2027-06-01T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

let commissioner: Actor;
let young: Actor;
let teammate: Actor;
let stranger: Actor; // a young commissioner not on the team
let provider: Actor; // runs the service
let otherProvider: Actor; // another organisation in the same council
let otherCouncil: Actor;
let otherCouncilProvider: Actor;
let serviceId: string;

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  young = await makeYoungCommissioner(council.id, { now: NOW });
  teammate = await makeYoungCommissioner(council.id, { age: 13, consent: true, now: NOW });
  stranger = await makeYoungCommissioner(council.id, { now: NOW });
  const org = await makeOrganisation(council.id, "Runs It CIC");
  provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  otherProvider = await makeActor(council.id, "PROVIDER");
  serviceId = (await makeService(council.id, org.id)).id;
  const elsewhere = await makeCouncil();
  otherCouncil = await makeActor(elsewhere.id, "COMMISSIONER");
  otherCouncilProvider = await makeActor(elsewhere.id, "PROVIDER", { organisationId: org.id });
});

const schedule = (team: Actor[], overrides: Partial<Parameters<typeof scheduleVenueReview>[1]> = {}) =>
  scheduleVenueReview(
    commissioner,
    {
      submissionKey: randomUUID(),
      serviceId,
      plannedFor: day("2027-06-10"),
      reviewerIds: team.map((a) => a.membershipId),
      supportStaffId: commissioner.membershipId,
      ...overrides,
    },
    NOW,
  );

const report = (
  reviewId: string,
  overrides: Partial<SubmitVenueReviewInput> = {},
): SubmitVenueReviewInput => ({
  reviewId,
  visitedOn: day("2027-06-10"),
  ratings: { welcome: "HAPPY", toilets: "SAD", goAgain: "OKAY" },
  whatWasGood: "Everyone said hello.",
  recommendations: ["Put picture signs on the toilets.", "Have a quiet room."],
  ...overrides,
});

const statusOf = async (id: string) => (await prisma.venueReview.findUniqueOrThrow({ where: { id } })).status;

describe("a venue review from scheduling to closing", () => {
  it("goes planned → sent → answered → revisit planned → closed, each step audited", async () => {
    const id = await schedule([young, teammate]);
    expect(await statusOf(id)).toBe("PLANNED");
    // The provider sees nothing until the team sends it.
    await rejects(getVenueReview(provider, id), "NOT_FOUND");

    await submitVenueReview(young, report(id), later(9));
    const sent = await getVenueReview(provider, id);
    expect(sent.status).toBe("VISITED");
    expect(sent.ratings).toEqual({ welcome: "HAPPY", toilets: "SAD", goAgain: "OKAY" });
    expect(sent.responseDueOn).toEqual(day("2027-07-08"));
    expect((await getProviderDashboard(provider, later(9))).reviewsToAnswer).toBe(1);

    const [signs, quiet] = sent.recommendations;
    await respondToRecommendation(
      provider,
      {
        reviewId: id,
        recommendationId: signs.id,
        answer: { decision: "ACCEPTED", plan: "Signs are ordered.", plannedBy: day("2027-07-01") },
      },
      later(12),
    );
    expect(await statusOf(id)).toBe("VISITED");
    await respondToRecommendation(
      provider,
      {
        reviewId: id,
        recommendationId: quiet.id,
        answer: { decision: "NOT_ACCEPTED", explanation: "There is no spare room; we use the garden." },
      },
      later(12),
    );
    expect(await statusOf(id)).toBe("PROVIDER_RESPONDED");
    expect((await getProviderDashboard(provider, later(12))).reviewsToAnswer).toBe(0);

    await scheduleRevisit(commissioner, { reviewId: id, revisitOn: day("2027-09-01") }, later(13));
    expect(await statusOf(id)).toBe("REVISIT_PLANNED");
    // Answers are fixed once the revisit is planned.
    await rejects(
      respondToRecommendation(
        provider,
        {
          reviewId: id,
          recommendationId: quiet.id,
          answer: { decision: "NOT_ACCEPTED", explanation: "Changed" },
        },
        later(14),
      ),
      "CONFLICT",
    );

    await recordRevisit(
      teammate,
      {
        reviewId: id,
        visitedOn: day("2027-09-01"),
        summary: "We went back.",
        findings: [
          { recommendationId: signs.id, outcome: "DONE", note: "The signs are up." },
          { recommendationId: quiet.id, outcome: "PARTLY_DONE", note: null },
        ],
      },
      later(100),
    );
    const closed = await getVenueReview(commissioner, id);
    expect(closed.status).toBe("CLOSED");
    expect(closed.outcome).toBe("PARTLY_DONE");
    expect(closed.recommendations.map((r) => r.revisitOutcome)).toEqual(["DONE", "PARTLY_DONE"]);
    expect(closed.revisits).toHaveLength(1);
    const actions = (
      await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "venue-review:schedule",
      "venue-review:submit",
      "venue-review:respond",
      "venue-review:respond",
      "venue-review:schedule-revisit",
      "venue-review:close",
    ]);
    // The commissioner's list shows it among the closed ones.
    const list = await listVenueReviews(commissioner, { page: 1, view: "closed" }, later(100));
    expect(list.items.find((r) => r.id === id)?.done).toBe(1);
  });

  it("closes at once a review sent with no recommendations", async () => {
    const id = await schedule([young]);
    await submitVenueReview(young, report(id, { recommendations: [] }), later(9));
    const r = await getVenueReview(commissioner, id);
    expect([r.status, r.outcome]).toEqual(["CLOSED", "NOTHING_TO_CHANGE"]);
  });
});

describe("bad input changes nothing", () => {
  it("refuses a review with no ratings", async () => {
    const id = await schedule([young]);
    await rejects(submitVenueReview(young, report(id, { ratings: {} }), later(9)), "INVALID", /face/);
    expect(await statusOf(id)).toBe("PLANNED");
    expect(await prisma.venueRecommendation.count({ where: { reviewId: id } })).toBe(0);
  });

  it("refuses a revisit before the provider has answered", async () => {
    const id = await schedule([young]);
    await rejects(
      scheduleRevisit(commissioner, { reviewId: id, revisitOn: day("2027-09-01") }, later(1)),
      "CONFLICT",
      /not answered/,
    );
    await submitVenueReview(young, report(id), later(9));
    await rejects(
      scheduleRevisit(commissioner, { reviewId: id, revisitOn: day("2027-09-01") }, later(10)),
      "CONFLICT",
      /not answered every recommendation/,
    );
    expect(await statusOf(id)).toBe("VISITED");
    // Recording a revisit that was never planned is refused too.
    await rejects(
      recordRevisit(
        young,
        { reviewId: id, visitedOn: day("2027-06-10"), summary: "x", findings: [] },
        later(10),
      ),
      "CONFLICT",
    );
  });

  it("answers from a provider that does not run the service are 'not found'", async () => {
    const id = await schedule([young]);
    await submitVenueReview(young, report(id), later(9));
    const [rec] = (await getVenueReview(commissioner, id)).recommendations;
    const answer = {
      reviewId: id,
      recommendationId: rec.id,
      answer: { decision: "ACCEPTED" as const, plan: "We will", plannedBy: day("2027-07-01") },
    };
    await rejects(respondToRecommendation(otherProvider, answer, later(10)), "NOT_FOUND");
    // Same organisation, but acting for another council.
    await rejects(respondToRecommendation(otherCouncilProvider, answer, later(10)), "NOT_FOUND");
    expect((await prisma.venueRecommendation.findUniqueOrThrow({ where: { id: rec.id } })).status).toBe(
      "OPEN",
    );
    // Accepted needs a date today or later.
    await rejects(
      respondToRecommendation(
        provider,
        { ...answer, answer: { ...answer.answer, plannedBy: day("2027-05-01") } },
        later(10),
      ),
      "INVALID",
    );
  });

  it("refuses an under-16 without consent on a review team", async () => {
    const fourteen = await makeYoungCommissioner(commissioner.councilId, { age: 14, now: NOW });
    const before = await prisma.venueReview.count({ where: { councilId: commissioner.councilId } });
    await rejects(schedule([young, fourteen]), "NOT_ALLOWED", /under 16 and no parent's or carer's consent/);
    expect(await prisma.venueReview.count({ where: { councilId: commissioner.councilId } })).toBe(before);
  });

  it("a young commissioner not on the team, and the other council, see and change nothing", async () => {
    const id = await schedule([young]);
    await rejects(getVenueReview(stranger, id), "NOT_FOUND");
    await rejects(submitVenueReview(stranger, report(id), later(9)), "NOT_FOUND");
    await rejects(getVenueReview(otherCouncil, id), "NOT_FOUND");
    await rejects(
      scheduleRevisit(otherCouncil, { reviewId: id, revisitOn: day("2027-09-01") }, later(9)),
      "NOT_FOUND",
    );
    const theirs = await listVenueReviews(otherCouncil, { page: 1 }, NOW);
    expect(theirs.total).toBe(0);
    expect(await venueReviewSummary(otherCouncil, NOW)).toEqual({
      venues: 0,
      open: 0,
      closed: 0,
      overdueResponses: 0,
      overdueRevisits: 0,
    });
    // Scheduling with another council's service or young commissioner is refused.
    await rejects(
      scheduleVenueReview(
        otherCouncil,
        {
          submissionKey: randomUUID(),
          serviceId,
          plannedFor: day("2027-06-10"),
          reviewerIds: [young.membershipId],
          supportStaffId: otherCouncil.membershipId,
        },
        NOW,
      ),
      "INVALID",
    );
    expect(await statusOf(id)).toBe("PLANNED");
  });

  it("counts overdue answers and revisits for the commissioner", async () => {
    const id = await schedule([young]);
    await submitVenueReview(young, report(id), later(9));
    const summary = await venueReviewSummary(commissioner, later(9 + 29));
    expect(summary.overdueResponses).toBeGreaterThanOrEqual(1);
    const overdue = await listVenueReviews(
      commissioner,
      { page: 1, view: "overdue-response" },
      later(9 + 29),
    );
    expect(overdue.items.map((r) => r.id)).toContain(id);
    const notYet = await listVenueReviews(commissioner, { page: 1, view: "overdue-response" }, later(10));
    expect(notYet.items.map((r) => r.id)).not.toContain(id);
  });
});
