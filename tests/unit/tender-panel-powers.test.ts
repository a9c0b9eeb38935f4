import { describe, expect, it } from "vitest";
import {
  AWARD_TRANSITIONS,
  awardDecisionOpen,
  awardStatusesBefore,
  canMoveAward,
  moderationOpen,
} from "@/lib/domain/tenders/award-status";
import { awardDecisionRefusal, moderationRefusal, type PanelSeat } from "@/lib/domain/tenders/panel-powers";

const seat = (role: PanelSeat["role"], declarations: [string, boolean][]): PanelSeat => ({
  role,
  declarations: new Map(declarations),
});

describe("the award's state machine", () => {
  it("has a way forward after the young commissioners' panel says no", () => {
    expect(canMoveAward("PROPOSED", "RETURNED")).toBe(true);
    expect(canMoveAward("RETURNED", "PROPOSED")).toBe(true);
    expect(canMoveAward("RETURNED", "STANDSTILL")).toBe(true);
    expect(AWARD_TRANSITIONS.RETURNED.length).toBeGreaterThan(0);
  });

  it("never moves back once letters are out, and ends at confirmed or cancelled", () => {
    expect(canMoveAward("STANDSTILL", "PROPOSED")).toBe(false);
    expect(canMoveAward("STANDSTILL", "RETURNED")).toBe(false);
    expect(AWARD_TRANSITIONS.CONFIRMED).toEqual([]);
    expect(AWARD_TRANSITIONS.CANCELLED).toEqual([]);
    expect(awardStatusesBefore("CANCELLED").sort()).toEqual(["PROPOSED", "RETURNED", "STANDSTILL"]);
  });

  it("opens moderation and a new decision only before a decision or after a no", () => {
    expect(moderationOpen("IN_EVALUATION", null)).toBe(true);
    expect(moderationOpen("IN_EVALUATION", { status: "RETURNED" })).toBe(true);
    expect(moderationOpen("IN_EVALUATION", { status: "PROPOSED" })).toBe(false);
    expect(moderationOpen("IN_EVALUATION", { status: "STANDSTILL" })).toBe(false);
    expect(moderationOpen("CANCELLED", null)).toBe(false);
    expect(awardDecisionOpen("IN_EVALUATION", { status: "RETURNED" })).toBe(true);
    expect(awardDecisionOpen("IN_EVALUATION", { status: "CANCELLED" })).toBe(false);
  });
});

describe("panel powers", () => {
  it("lets only commissioners on the panel with no conflict for the bid moderate it", () => {
    expect(moderationRefusal(null, "b1")).toMatch(/not on this tender's panel/);
    expect(moderationRefusal(seat("YOUNG_COMMISSIONER", [["b1", false]]), "b1")).toMatch(/not on/);
    expect(moderationRefusal(seat("EVALUATOR", [["b1", true]]), "b1")).toMatch(/conflict of interest/);
    expect(moderationRefusal(seat("EVALUATOR", []), "b1")).toMatch(/Declare your interests/);
    expect(moderationRefusal(seat("EVALUATOR", [["b1", false]]), "b1")).toBeNull();
    expect(moderationRefusal(seat("CHAIR", [["b1", false]]), "b1")).toBeNull();
  });

  it("lets only the chair, without a conflict with the winner, decide the award", () => {
    expect(awardDecisionRefusal(seat("EVALUATOR", [["b1", false]]), "b1")).toMatch(/Only the panel chair/);
    expect(awardDecisionRefusal(null, "b1")).toMatch(/Only the panel chair/);
    expect(awardDecisionRefusal(seat("CHAIR", [["b1", true]]), "b1")).toMatch(/conflict of interest/);
    expect(awardDecisionRefusal(seat("CHAIR", [["b1", false]]), "b1")).toBeNull();
    expect(awardDecisionRefusal(seat("CHAIR", []), null)).toBeNull();
  });
});
