import { describe, expect, it } from "vitest";
import { checkRanking, rankField } from "@/lib/domain/priorities/check-ranking";
import { combineRankings } from "@/lib/domain/priorities/combine-rankings";
import { plainChildCount, roundPlain } from "@/lib/domain/priorities/plain-count";
import { placeText, readPrioritiesSnapshot } from "@/lib/domain/priorities/priorities-snapshot";
import { roundIsOpen } from "@/lib/domain/priorities/round-status";

const items = [
  { id: "a", name: "Autism" },
  { id: "b", name: "Physical disability" },
  { id: "c", name: "Sensory impairment" },
];
const ranks = (a: string, b: string, c: string) => ({
  [rankField("a")]: a,
  [rankField("b")]: b,
  [rankField("c")]: c,
});

describe("checking a ranking", () => {
  it("turns a complete ranking into the items, most important first", () => {
    expect(checkRanking(items, ranks("2", "3", "1"))).toEqual({ ok: true, order: ["c", "a", "b"] });
  });

  it("refuses a tie, naming both things beside each of them", () => {
    const r = checkRanking(items, ranks("1", "1", "2"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors[rankField("a")]).toBe(
      "Autism and Physical disability are both 1st. Give each thing a different number",
    );
    expect(r.fieldErrors[rankField("b")]).toBe(r.fieldErrors[rankField("a")]);
    expect(r.fieldErrors[rankField("c")]).toBeUndefined();
    expect(r.message).toBe(
      "Give each thing a different number from 1 to 3. Nothing is 3rd yet. Nothing was saved.",
    );
  });

  it("refuses a gap (a number past the end) and a missing number", () => {
    const gap = checkRanking(items, ranks("1", "2", "4"));
    expect(gap.ok).toBe(false);
    if (!gap.ok) {
      expect(gap.fieldErrors[rankField("c")]).toBe("Choose a number from 1 to 3 for Sensory impairment");
      expect(gap.message).toMatch(/Nothing is 3rd yet/);
    }
    const missing = checkRanking(items, { [rankField("a")]: "1", [rankField("b")]: "2" });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.fieldErrors).toEqual({ [rankField("c")]: "Choose a number for Sensory impairment" });
  });

  it("refuses numbers that are not whole numbers, and zero", () => {
    for (const bad of ["0", "1.5", "-1", "two", " "]) {
      const r = checkRanking(items, ranks(bad, "2", "3"));
      expect(r.ok, bad).toBe(false);
    }
  });

  it("refuses a ranking that names an item not in the round, with nothing against the fields", () => {
    const r = checkRanking(items, { ...ranks("1", "2", "3"), [rankField("z")]: "4" });
    expect(r).toEqual({
      ok: false,
      message:
        "The list of things to rank has changed. Reload the page and rank them again. Nothing was saved.",
      fieldErrors: {},
    });
  });
});

describe("combining rankings (Borda count)", () => {
  it("gives n − 1 points for 1st down to 0 for last, and orders by points", () => {
    const result = combineRankings(items, [
      ["a", "b", "c"],
      ["a", "c", "b"],
      ["b", "a", "c"],
    ]);
    expect(result.participants).toBe(3);
    expect(result.items.map((i) => [i.name, i.points, i.meanRank, i.place, i.joint])).toEqual([
      ["Autism", 5, 1.3, 1, false],
      ["Physical disability", 3, 2, 2, false],
      ["Sensory impairment", 1, 2.7, 3, false],
    ]);
  });

  it("lets equal points share a place, in the round's own order", () => {
    const result = combineRankings(items, [
      ["c", "b", "a"],
      ["b", "c", "a"],
    ]);
    expect(result.items.map((i) => [i.name, i.points, placeText(i.place, i.joint)])).toEqual([
      ["Physical disability", 3, "joint 1st"],
      ["Sensory impairment", 3, "joint 1st"],
      ["Autism", 0, "3rd"],
    ]);
  });

  it("leaves out a ranking that does not list exactly the round's items", () => {
    const result = combineRankings(items, [
      ["a", "b", "c"],
      ["a", "a", "b"],
      ["a", "b"],
      ["a", "b", "z"],
    ]);
    expect(result.participants).toBe(1);
    expect(result.items[0]).toMatchObject({ name: "Autism", points: 2, meanRank: 1 });
  });

  it("with nobody taking part, has no mean ranks", () => {
    const result = combineRankings(items, []);
    expect(result.participants).toBe(0);
    expect(result.items.every((i) => i.meanRank === null && i.points === 0)).toBe(true);
  });
});

describe("plain numbers for Easy Read", () => {
  it("never carries a small or hidden count", () => {
    expect(plainChildCount({ status: "small", count: null, ratePer1000: null }, 10)).toEqual({
      standard: "Fewer than 10 children on the register",
      easy: "Fewer than 10 children.",
    });
    expect(plainChildCount({ status: "hidden", count: null, ratePer1000: null }, 10).easy).toBe(
      "We do not show this number. This keeps children safe.",
    );
    expect(plainChildCount(null, 10).standard).toMatch(/Not published/);
  });

  it("rounds shown counts to tens (hundreds past 1,000), and keeps the exact number for standard", () => {
    expect(plainChildCount({ status: "shown", count: 43, ratePer1000: null }, 10)).toEqual({
      standard: "43 children on the register",
      easy: "About 40 children.",
    });
    expect(plainChildCount({ status: "shown", count: 14, ratePer1000: null }, 10).easy).toBe("14 children.");
    expect(plainChildCount({ status: "shown", count: 0, ratePer1000: null }, 10).easy).toBe("No children.");
    expect(roundPlain(1249)).toBe(1200);
    expect(roundPlain(45)).toBe(50);
  });
});

describe("round status and snapshots", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it("takes rankings to the end of the closing day, never once closed", () => {
    expect(roundIsOpen({ status: "OPEN", closesOn: day("2027-06-01") }, day("2027-06-01"))).toBe(true);
    expect(roundIsOpen({ status: "OPEN", closesOn: day("2027-06-01") }, day("2027-06-02"))).toBe(false);
    expect(roundIsOpen({ status: "CLOSED", closesOn: day("2027-06-30") }, day("2027-06-01"))).toBe(false);
  });

  it("reads a stored snapshot, and nothing from a malformed one", () => {
    const snapshot = {
      roundId: "r",
      title: "Next round",
      takenAt: "2027-06-01T10:00:00.000Z",
      roundClosed: true,
      participants: 2,
      items: [{ name: "Autism", points: 2, meanRank: 1, place: 1, joint: false }],
    };
    expect(readPrioritiesSnapshot(snapshot)).toEqual(snapshot);
    expect(readPrioritiesSnapshot({ ...snapshot, items: [{ name: "Autism" }] })).toBeNull();
    expect(readPrioritiesSnapshot(null)).toBeNull();
  });
});
