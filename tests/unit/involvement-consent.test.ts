import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { venueReviewScope } from "@/lib/data/scopes";
import {
  ageOn,
  consentStanding,
  englandToday,
  mayTakePart,
  participationRefusal,
} from "@/lib/domain/involvement/consent";
import { readRatings, reviewOutcome } from "@/lib/domain/involvement/venue-review";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("age and consent", () => {
  it("counts whole years, turning a year older on the birthday", () => {
    expect(ageOn(day("2011-03-27"), day("2027-03-26"))).toBe(15);
    expect(ageOn(day("2011-03-27"), day("2027-03-27"))).toBe(16);
    expect(ageOn(day("2012-02-29"), day("2028-02-28"))).toBe(15);
    expect(ageOn(day("2012-02-29"), day("2028-02-29"))).toBe(16);
  });

  it("lets 16s and over take part; under 16 only with consent; unknown age is treated as under 16", () => {
    const today = day("2027-06-01");
    const sixteen = consentStanding({ dateOfBirth: day("2011-06-01"), consentGivenOn: null }, today);
    const fifteen = consentStanding({ dateOfBirth: day("2011-06-02"), consentGivenOn: null }, today);
    const withConsent = consentStanding(
      { dateOfBirth: day("2013-01-01"), consentGivenOn: day("2027-01-01") },
      today,
    );
    const unknown = consentStanding(null, today);
    expect([sixteen, fifteen, withConsent, unknown]).toEqual([
      "ADULT_ENOUGH",
      "CONSENT_MISSING",
      "CONSENT_RECORDED",
      "AGE_UNKNOWN",
    ]);
    expect([sixteen, fifteen, withConsent, unknown].map(mayTakePart)).toEqual([true, false, true, false]);
    expect(participationRefusal("Sam", fifteen)).toMatch(
      /Sam is under 16 and no parent's or carer's consent/,
    );
    expect(participationRefusal("Sam", unknown)).toMatch(/date of birth is not recorded/);
    expect(participationRefusal("Sam", sixteen)).toBeNull();
  });

  it("takes today's date in England (after midnight BST is still the previous UTC day)", () => {
    expect(englandToday(new Date("2027-06-30T23:30:00Z"))).toEqual(day("2027-07-01"));
    expect(englandToday(new Date("2027-12-31T23:30:00Z"))).toEqual(day("2027-12-31"));
  });
});

describe("venue review rules", () => {
  it("reads only known areas with a face", () => {
    expect(readRatings({ welcome: "HAPPY", toilets: 3, nonsense: "SAD", goAgain: "OKAY" })).toEqual({
      welcome: "HAPPY",
      goAgain: "OKAY",
    });
    expect(readRatings(null)).toEqual({});
    expect(readRatings(["HAPPY"])).toEqual({});
  });

  it("closes with a final status from the revisit's findings", () => {
    expect(reviewOutcome([])).toBe("NOTHING_TO_CHANGE");
    expect(reviewOutcome(["DONE", "DONE"])).toBe("ALL_DONE");
    expect(reviewOutcome(["DONE", "NOT_DONE"])).toBe("PARTLY_DONE");
    expect(reviewOutcome(["PARTLY_DONE"])).toBe("PARTLY_DONE");
    expect(reviewOutcome(["NOT_DONE", "NOT_DONE"])).toBe("NOT_DONE");
  });
});

describe("who sees a venue review", () => {
  const actor = (role: Actor["role"], organisationId: string | null = null): Actor => ({
    userId: "u1",
    membershipId: "m1",
    name: "Test",
    email: "t@example.org",
    role,
    councilId: "c1",
    councilSlug: "c",
    councilName: "C",
    organisationId,
    familyId: null,
  });

  it("keeps every role inside its council; providers see their own organisation's sent reviews only", () => {
    expect(venueReviewScope(actor("COMMISSIONER"))).toEqual({ councilId: "c1" });
    expect(venueReviewScope(actor("YOUNG_COMMISSIONER"))).toEqual({
      councilId: "c1",
      reviewers: { some: { id: "m1" } },
    });
    expect(venueReviewScope(actor("PROVIDER", "o1"))).toEqual({
      councilId: "c1",
      organisationId: "o1",
      status: { not: "PLANNED" },
    });
    // A provider with no organisation, and roles with no part in reviews, match nothing.
    expect(venueReviewScope(actor("PROVIDER"))).toMatchObject({
      councilId: "c1",
      organisationId: "__none__",
    });
    for (const role of ["FAMILY", "SOCIAL_WORKER", "ADMIN"] as const)
      expect(venueReviewScope(actor(role))).toEqual({ councilId: "c1", id: "__none__" });
  });
});
