import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/form-state";
import { ANSWER_MAX, bidAnswersSchema } from "@/lib/schemas/bid-answers";
import { returnFiguresSchema } from "@/lib/schemas/return-figures";

const criteria = [
  { id: "q1", title: "Safeguarding" },
  { id: "q2", title: "Social value" },
];

describe("bidAnswersSchema(criteria)", () => {
  const bid = (over: Record<string, unknown> = {}) => ({
    "answer-q1": " We train every worker. ",
    "answer-q2": "Local staff.",
    price: "£118,000.50",
    safeguarding: true,
    insurance: true,
    ...over,
  });

  it("reads the answers by criterion (trimmed) and the price in pounds", () => {
    const r = bidAnswersSchema(criteria, "submit").parse(bid());
    expect(r.answers).toEqual({ q1: "We train every worker.", q2: "Local staff." });
    expect(r.price?.toFixed(2)).toBe("118000.50");
  });

  it("lets a draft leave everything blank", () => {
    const r = bidAnswersSchema(criteria, "save").parse(
      bid({ "answer-q1": "", "answer-q2": "  ", price: "", safeguarding: false, insurance: false }),
    );
    expect(r).toMatchObject({ answers: { q1: "", q2: "" }, price: null });
  });

  it("asks for every answer, the price and both declarations on submit, each beside its field", () => {
    const r = bidAnswersSchema(criteria, "submit").safeParse(
      bid({ "answer-q2": " ", price: "", safeguarding: false, insurance: false }),
    );
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({
      "answer-q2": 'Answer "Social value"',
      price: "Enter your annual price",
      safeguarding: "Confirm you have a safeguarding policy that meets the council's standards",
      insurance: "Confirm you hold the insurance the contract requires",
    });
  });

  it.each(["0", "-5", "12.345", "a lot", "1234567890123"])(
    "refuses the price %s, even in a draft",
    (price) => {
      const r = bidAnswersSchema(criteria, "save").safeParse(bid({ price }));
      expect(fieldErrorsOf(r.error!)).toEqual({
        price: "The annual price must be an amount in pounds more than £0, like 118000 or 118000.50",
      });
    },
  );

  it("refuses an answer that is too long, even in a draft", () => {
    const r = bidAnswersSchema(criteria, "save").safeParse(bid({ "answer-q1": "x".repeat(ANSWER_MAX + 1) }));
    expect(fieldErrorsOf(r.error!)).toEqual({
      "answer-q1": 'Your answer to "Safeguarding" must be 10,000 characters or fewer',
    });
  });
});

describe("returnFiguresSchema(kpis)", () => {
  const kpis = [
    { id: "k1", name: "Children supported", unit: "CHILDREN" as const },
    { id: "k2", name: "Satisfaction", unit: "PERCENT" as const },
  ];
  const figures = (over: Record<string, unknown> = {}) => ({
    "actual-k1": "12",
    "actual-k2": "87.5",
    childrenSupported: "12",
    familiesSupported: "9",
    narrative: "Went well.",
    childVoiceMethod: "Face scale.",
    childVoiceSummary: "More swimming.",
    caseStudy: "",
    reply: "",
    ...over,
  });

  it("reads each result in its KPI's unit, and the counts as numbers", () => {
    const r = returnFiguresSchema(kpis, { intent: "submit", queried: false }).parse(figures());
    expect(r).toMatchObject({
      values: { k1: "12.00", k2: "87.50" },
      childrenSupported: 12,
      familiesSupported: 9,
      caseStudy: null,
    });
  });

  it("checks each result against its KPI's unit", () => {
    const r = returnFiguresSchema(kpis, { intent: "save", queried: false }).safeParse(
      figures({ "actual-k1": "2.5", "actual-k2": "101" }),
    );
    expect(fieldErrorsOf(r.error!)).toEqual({
      "actual-k1": 'The result for "Children supported" must be a whole number',
      "actual-k2": 'The result for "Satisfaction" is a percentage: 0 to 100',
    });
  });

  it("leaves blank results out of a draft, and asks for them on submit", () => {
    const draft = returnFiguresSchema(kpis, { intent: "save", queried: false }).parse(
      figures({ "actual-k2": " ", narrative: "" }),
    );
    expect(draft.values).toEqual({ k1: "12.00" });
    const r = returnFiguresSchema(kpis, { intent: "submit", queried: true }).safeParse(
      figures({ "actual-k2": "", childrenSupported: "", familiesSupported: "two", reply: " " }),
    );
    expect(fieldErrorsOf(r.error!)).toEqual({
      "actual-k2": 'Enter the result for "Satisfaction"',
      childrenSupported: "Enter the number of children supported",
      familiesSupported: "The number of families supported must be a whole number of 0 or more",
      reply: "Answer the council's query",
    });
  });

  it("refuses text over 5,000 characters", () => {
    const r = returnFiguresSchema(kpis, { intent: "save", queried: false }).safeParse(
      figures({ caseStudy: "x".repeat(5001) }),
    );
    expect(fieldErrorsOf(r.error!)).toEqual({ caseStudy: "This must be 5,000 characters or fewer" });
  });
});
