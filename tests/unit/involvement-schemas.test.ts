import { describe, expect, it } from "vitest";
import {
  readRevisitForm,
  recordRevisitSchema,
  respondToRecommendationSchema,
  submitVenueReviewSchema,
  youngCommissionerDetailsSchema,
} from "@/lib/schemas/involvement";

const date = { day: "10", month: "6", year: "2027" };
const blank = { day: "", month: "", year: "" };

describe("the venue review form", () => {
  it("keeps the faces picked and the ideas written, in order, skipping empty boxes", () => {
    const r = submitVenueReviewSchema.safeParse({
      reviewId: "r1",
      visitedOn: date,
      "rating-welcome": "HAPPY",
      "rating-toilets": "SAD",
      whatWasGood: "  Friendly  ",
      recommendation1: "Signs",
      recommendation2: "   ",
      recommendation3: "Quiet room",
    });
    expect(r.success && r.data).toEqual({
      reviewId: "r1",
      visitedOn: new Date("2027-06-10T00:00:00Z"),
      ratings: { welcome: "HAPPY", toilets: "SAD" },
      whatWasGood: "Friendly",
      recommendations: ["Signs", "Quiet room"],
    });
  });

  it("refuses a face that is not on the scale and fields it does not know", () => {
    expect(
      submitVenueReviewSchema.safeParse({ reviewId: "r1", visitedOn: date, "rating-welcome": "5" }).success,
    ).toBe(false);
    expect(
      submitVenueReviewSchema.safeParse({ reviewId: "r1", visitedOn: date, status: "CLOSED" }).success,
    ).toBe(false);
  });
});

describe("the provider's answer", () => {
  it("wants a plan and a date when accepted, a reason when not", () => {
    const accepted = respondToRecommendationSchema.safeParse({
      reviewId: "r1",
      recommendationId: "x",
      decision: "ACCEPTED",
      plannedBy: blank,
    });
    expect(accepted.success).toBe(false);
    if (!accepted.success)
      expect(accepted.error.issues.map((i) => i.path[0]).sort()).toEqual(["plan", "plannedBy"]);
    const refused = respondToRecommendationSchema.safeParse({
      reviewId: "r1",
      recommendationId: "x",
      decision: "NOT_ACCEPTED",
      plannedBy: blank,
    });
    expect(refused.success).toBe(false);
    const ok = respondToRecommendationSchema.safeParse({
      reviewId: "r1",
      recommendationId: "x",
      decision: "ACCEPTED",
      plan: "Signs",
      plannedBy: date,
    });
    expect(ok.success && ok.data.answer).toEqual({
      decision: "ACCEPTED",
      plan: "Signs",
      plannedBy: new Date("2027-06-10T00:00:00Z"),
    });
  });
});

describe("the revisit form", () => {
  it("reads one finding per recommendation and names the one left unanswered", () => {
    const form = readRevisitForm({
      reviewId: "r1",
      visitedOn: date,
      summary: "Went back",
      "recommendation-a": "1",
      "outcome-a": "DONE",
      "note-a": "Signs up",
      "recommendation-b": "1",
    });
    const r = recordRevisitSchema.safeParse(form);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path[0])).toEqual(["outcome-b"]);
    const ok = recordRevisitSchema.safeParse({
      ...form,
      findings: [{ recommendationId: "b", outcome: "NOT_DONE" }],
    });
    expect(ok.success && ok.data.findings).toEqual([
      { recommendationId: "b", outcome: "NOT_DONE", note: null },
    ]);
  });
});

describe("date of birth and consent", () => {
  it("leaves blank dates as nothing and refuses half-typed ones", () => {
    const ok = youngCommissionerDetailsSchema.safeParse({
      membershipId: "m1",
      dateOfBirth: date,
      consentGivenOn: blank,
    });
    expect(ok.success && ok.data.consentGivenOn).toBeNull();
    const bad = youngCommissionerDetailsSchema.safeParse({
      membershipId: "m1",
      dateOfBirth: { day: "31", month: "2", year: "2012" },
      consentGivenOn: blank,
    });
    expect(bad.success).toBe(false);
  });
});
