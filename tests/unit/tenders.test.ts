import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  bidderLabel,
  priceScore,
  rankBids,
  spreadOf,
  weightedQualityScore,
  type CriterionForScoring,
} from "@/lib/domain/tenders/scoring";
import { criteriaProblems } from "@/lib/domain/tenders/weights";
import {
  bidsUnsealed,
  biddingOpen,
  canMove,
  questionsOpen,
  refuseMove,
} from "@/lib/domain/tenders/tender-status";
import { quarterlyTarget } from "@/lib/domain/tenders/output-kpis";
import { englandTime } from "@/lib/domain/dates";
import { parseTenderForm } from "@/lib/schemas/tender";
import { FormInvalid } from "@/lib/actions/form-state";

const d = (s: string) => new Decimal(s);

describe("weights", () => {
  it("accepts quality, price and young people's criteria adding up to 100", () => {
    expect(
      criteriaProblems([
        { kind: "QUALITY", weight: 50 },
        { kind: "PRICE", weight: 30 },
        { kind: "YOUNG_PEOPLE", weight: 20 },
      ]),
    ).toEqual([]);
  });
  it("says what the weights add up to when they are not 100", () => {
    expect(
      criteriaProblems([
        { kind: "QUALITY", weight: 50 },
        { kind: "PRICE", weight: 30 },
      ]),
    ).toEqual(["The weights must add up to 100. They add up to 80."]);
  });
  it("needs one price criterion and at least one quality criterion", () => {
    const problems = criteriaProblems([{ kind: "YOUNG_PEOPLE", weight: 100 }]);
    expect(problems).toContain("Add at least one quality criterion.");
    expect(problems).toContain("A tender has exactly one price criterion.");
  });
  it("refuses zero and fractional weights", () => {
    expect(
      criteriaProblems([
        { kind: "QUALITY", weight: 0 },
        { kind: "QUALITY", weight: 69.5 },
        { kind: "PRICE", weight: 30.5 },
      ]),
    ).toContain("Each weight is a whole number from 1 to 100.");
  });
});

describe("price formula: lowest price ÷ bid price × weight", () => {
  it("gives the lowest price the full weight", () => {
    expect(priceScore(d("100000"), d("100000"), 30).toFixed(2)).toBe("30.00");
  });
  it("scores others in proportion, exactly", () => {
    expect(priceScore(d("100000"), d("125000"), 30).toFixed(2)).toBe("24.00");
    expect(priceScore(d("100000"), d("300000"), 25).toFixed(2)).toBe("8.33");
  });
  it("scores a missing or zero price as nothing", () => {
    expect(priceScore(d("100000"), null, 30).toFixed(2)).toBe("0.00");
    expect(priceScore(d("100000"), d("0"), 30).toFixed(2)).toBe("0.00");
  });
  it("turns a 0–5 score into its share of the weight", () => {
    expect(weightedQualityScore(4, 30).toFixed(2)).toBe("24.00");
    expect(weightedQualityScore(3, 35).toFixed(2)).toBe("21.00");
  });
});

describe("ranking and ties", () => {
  const criteria: CriterionForScoring[] = [
    { id: "q", kind: "QUALITY", weight: 50 },
    { id: "yp", kind: "YOUNG_PEOPLE", weight: 20 },
    { id: "p", kind: "PRICE", weight: 30 },
  ];
  const at = (h: number) => new Date(Date.UTC(2027, 0, 10, h));
  const moderated = (rows: Record<string, [number, number]>) =>
    new Map(
      Object.entries(rows).map(([bid, [q, yp]]) => [
        bid,
        new Map([
          ["q", q],
          ["yp", yp],
        ]),
      ]),
    );

  it("ranks by weighted total", () => {
    const ranked = rankBids(
      criteria,
      [
        { id: "a", price: d("100000"), submittedAt: at(9) },
        { id: "b", price: d("120000"), submittedAt: at(10) },
      ],
      moderated({ a: [3, 3], b: [5, 5] }),
    );
    // a: 30 + 12 + 30 = 72; b: 50 + 20 + 25 = 95
    expect(ranked.map((r) => [r.bidId, r.total.toFixed(2), r.rank])).toEqual([
      ["b", "95.00", 1],
      ["a", "72.00", 2],
    ]);
    expect(ranked[0].tieBrokenBy).toBeNull();
  });

  it("breaks an equal total by the higher quality score", () => {
    // a: quality 40 + 12 = 52, price 30 → 82.00; b: quality 50 + 20 = 70, price 30 × 100/250 = 12 → 82.00
    const ranked = rankBids(
      criteria,
      [
        { id: "a", price: d("100000"), submittedAt: at(9) },
        { id: "b", price: d("250000"), submittedAt: at(10) },
      ],
      moderated({ a: [4, 3], b: [5, 5] }),
    );
    expect(ranked[0].total.eq(ranked[1].total)).toBe(true);
    expect(ranked.map((r) => r.bidId)).toEqual(["b", "a"]);
    expect(ranked[0].tieBrokenBy).toBe("quality");
  });

  it("then by the lower price, then by the earlier submission", () => {
    const samePrice = rankBids(
      criteria,
      [
        { id: "late", price: d("100000"), submittedAt: at(11) },
        { id: "early", price: d("100000"), submittedAt: at(8) },
      ],
      moderated({ late: [4, 4], early: [4, 4] }),
    );
    expect(samePrice.map((r) => r.bidId)).toEqual(["early", "late"]);
    expect(samePrice[0].tieBrokenBy).toBe("submitted");
  });

  it("refuses to rank before moderation is complete", () => {
    expect(() =>
      rankBids(
        criteria,
        [{ id: "a", price: d("1"), submittedAt: at(1) }],
        new Map([["a", new Map([["q", 3]])]]),
      ),
    ).toThrow(/moderation/);
  });

  it("measures the spread of panel scores", () => {
    expect(spreadOf([1, 4, 3])).toMatchObject({ count: 3, min: 1, max: 4, spread: 3 });
    expect(spreadOf([1, 4, 3]).mean?.toFixed(2)).toBe("2.67");
    expect(spreadOf([])).toMatchObject({ count: 0, spread: null });
  });

  it("labels bidders A to Z, then AA", () => {
    expect([0, 1, 25, 26, 27].map(bidderLabel)).toEqual([
      "Bidder A",
      "Bidder B",
      "Bidder Z",
      "Bidder AA",
      "Bidder AB",
    ]);
  });
});

describe("tender state machine", () => {
  const deadline = new Date("2027-03-01T12:00:00Z");
  const before = new Date("2027-02-28T12:00:00Z");
  const after = new Date("2027-03-01T12:00:01Z");

  it("allows only draft → published → closed → in evaluation → awarded, or cancelled", () => {
    expect(canMove("DRAFT", "PUBLISHED")).toBe(true);
    expect(canMove("DRAFT", "IN_EVALUATION")).toBe(false);
    expect(canMove("PUBLISHED", "AWARDED")).toBe(false);
    expect(canMove("IN_EVALUATION", "AWARDED")).toBe(true);
    expect(canMove("AWARDED", "CANCELLED")).toBe(false);
    expect(canMove("CANCELLED", "PUBLISHED")).toBe(false);
  });
  it("refuses to close before the deadline and to publish after it", () => {
    expect(refuseMove("PUBLISHED", "CLOSED", { now: before, submissionDeadline: deadline })).toMatch(
      /until the submission deadline/,
    );
    expect(refuseMove("PUBLISHED", "CLOSED", { now: after, submissionDeadline: deadline })).toBeNull();
    expect(refuseMove("DRAFT", "PUBLISHED", { now: after, submissionDeadline: deadline })).toMatch(
      /has passed/,
    );
  });
  it("refuses to start the evaluation without evaluators", () => {
    expect(
      refuseMove("CLOSED", "IN_EVALUATION", {
        now: after,
        submissionDeadline: deadline,
        evaluationReady: false,
      }),
    ).toMatch(/panel/);
  });
  it("keeps bids sealed until the deadline has passed and the tender has closed", () => {
    expect(bidsUnsealed("PUBLISHED", deadline, after)).toBe(false);
    expect(bidsUnsealed("IN_EVALUATION", deadline, before)).toBe(false);
    expect(bidsUnsealed("CLOSED", deadline, after)).toBe(true);
    expect(bidsUnsealed("IN_EVALUATION", deadline, after)).toBe(true);
  });
  it("opens bidding and questions only while published and before their deadlines", () => {
    expect(biddingOpen("PUBLISHED", deadline, before)).toBe(true);
    expect(biddingOpen("PUBLISHED", deadline, deadline)).toBe(false);
    expect(biddingOpen("DRAFT", deadline, before)).toBe(false);
    expect(questionsOpen("PUBLISHED", deadline, after)).toBe(false);
  });
});

describe("outputs to quarterly KPI targets", () => {
  it("scales totals to a quarter and keeps per-day levels", () => {
    expect(quarterlyTarget(d("30"), "PER_YEAR", 36).toFixed(2)).toBe("7.50");
    expect(quarterlyTarget(d("10"), "PER_MONTH", 36).toFixed(2)).toBe("30.00");
    expect(quarterlyTarget(d("2"), "PER_WEEK", 36).toFixed(2)).toBe("26.00");
    expect(quarterlyTarget(d("12"), "PER_DAY", 36).toFixed(2)).toBe("12.00");
    expect(quarterlyTarget(d("120"), "PER_CONTRACT", 36).toFixed(2)).toBe("10.00");
  });
});

describe("deadlines are noon in England, stored in UTC", () => {
  it("is 12:00 UTC in winter and 11:00 UTC in summer", () => {
    expect(englandTime(new Date(Date.UTC(2027, 0, 15)), 12).toISOString()).toBe("2027-01-15T12:00:00.000Z");
    expect(englandTime(new Date(Date.UTC(2027, 6, 15)), 12).toISOString()).toBe("2027-07-15T11:00:00.000Z");
  });
});

describe("tender form", () => {
  const valid = {
    title: "Play schemes",
    description: "Holiday play schemes",
    estimatedValue: "£300,000",
    hideBidderNames: "yes",
    "clarificationDeadline-day": "1",
    "clarificationDeadline-month": "3",
    "clarificationDeadline-year": "2027",
    "submissionDeadline-day": "15",
    "submissionDeadline-month": "3",
    "submissionDeadline-year": "2027",
    "evaluationEndsAt-day": "1",
    "evaluationEndsAt-month": "4",
    "evaluationEndsAt-year": "2027",
    q0Title: "Meeting needs",
    q0Question: "How will you meet children's needs?",
    q0Weight: "50",
    priceWeight: "30",
    ypTitle: "Young people",
    ypQuestion: "How will young people choose?",
    ypWeight: "20",
  };
  function errorsOf(input: Record<string, string>): Record<string, string> {
    try {
      parseTenderForm(input);
    } catch (e) {
      if (e instanceof FormInvalid) return e.fieldErrors;
      throw e;
    }
    return {};
  }
  it("reads a valid form into criteria in order", () => {
    const t = parseTenderForm(valid);
    expect(t.estimatedValue).toBe("300000");
    expect(t.criteria.map((c) => [c.kind, c.weight])).toEqual([
      ["QUALITY", 50],
      ["PRICE", 30],
      ["YOUNG_PEOPLE", 20],
    ]);
  });
  it("says the weights must add up to 100", () => {
    expect(errorsOf({ ...valid, priceWeight: "40" }).weights).toMatch(/add up to 110/);
  });
  it("refuses a half-filled quality row and deadlines out of order", () => {
    const errors = errorsOf({
      ...valid,
      q1Title: "Staff",
      "submissionDeadline-day": "1",
      "clarificationDeadline-day": "2",
    });
    expect(errors.q1Question).toMatch(/Enter the question/);
    expect(errors.clarificationDeadline).toMatch(/before the submission deadline/);
  });
});
