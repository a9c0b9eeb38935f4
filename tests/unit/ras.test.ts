import fc from "fast-check";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkRasConfiguration } from "@/lib/domain/ras/check-ras-configuration";
import { indicativeBudget } from "@/lib/domain/ras/indicative-budget";
import { maximumPoints, type RasDefinition } from "@/lib/domain/ras/ras-definition";

const opts = (...points: number[]) => points.map((p, i) => ({ label: `Option ${i + 1}`, points: p }));

const perPoint: RasDefinition = {
  domains: [
    {
      code: "personal-care",
      label: "Personal care",
      questions: [
        { code: "washing", label: "Washing and dressing", options: opts(0, 10, 30) },
        { code: "eating", label: "Eating", options: opts(0, 5, 15) },
      ],
    },
    {
      code: "behaviour",
      label: "Behaviour",
      questions: [{ code: "supervision", label: "Supervision needed", options: opts(0, 15, 40) }],
    },
  ],
  rule: { kind: "PER_POINT", poundsPerPoint: "45.00" },
  floor: "500.00",
  ceiling: "3000.00",
};

const banded: RasDefinition = {
  ...perPoint,
  rule: {
    kind: "BANDS",
    bands: [
      { fromPoints: 0, toPoints: 19, amount: "0.00" },
      { fromPoints: 20, toPoints: 49, amount: "1200.00" },
      { fromPoints: 50, toPoints: 85, amount: "2500.50" },
    ],
  },
  floor: "300.00",
  ceiling: "10000.00",
};

describe("checkRasConfiguration", () => {
  it("passes well-formed configurations", () => {
    expect(checkRasConfiguration(perPoint)).toEqual([]);
    expect(checkRasConfiguration(banded)).toEqual([]);
  });

  it("names the field of each problem", () => {
    const bad: RasDefinition = {
      domains: [
        { code: "a", label: "A", questions: [{ code: "q", label: "Q", options: [] }] },
        { code: "a", label: "", questions: [] },
      ],
      rule: { kind: "PER_POINT", poundsPerPoint: "0" },
      floor: "900.00",
      ceiling: "800.00",
    };
    const fields = checkRasConfiguration(bad).map((p) => p.field);
    expect(fields).toEqual([
      "domains.0.questions.0.options",
      "domains.1.label",
      "domains.1.code",
      "domains.1.questions",
      "floor",
      "rule.poundsPerPoint",
    ]);
  });

  it("finds duplicate question codes across domains and options without whole points", () => {
    const def = structuredClone(perPoint);
    def.domains[1].questions[0].code = "washing";
    def.domains[0].questions[1].options[1].points = 2.5;
    expect(checkRasConfiguration(def)).toEqual([
      { field: "domains.0.questions.1.options.1.points", message: expect.stringContaining("whole points") },
      {
        field: "domains.1.questions.0.code",
        message: expect.stringContaining("already has the code washing"),
      },
    ]);
  });

  it("finds gaps, overlaps, falling amounts and bands that stop short", () => {
    const def = structuredClone(banded) as RasDefinition & { rule: { kind: "BANDS" } };
    def.rule.bands = [
      { fromPoints: 0, toPoints: 19, amount: "100.00" },
      { fromPoints: 25, toPoints: 49, amount: "90.00" },
      { fromPoints: 40, toPoints: 60, amount: "2500.00" },
    ];
    expect(checkRasConfiguration(def)).toEqual([
      { field: "rule.bands.1.fromPoints", message: "Band 2: no band covers 20 to 24 points" },
      { field: "rule.bands.1.amount", message: expect.stringContaining("less money") },
      {
        field: "rule.bands.2.fromPoints",
        message: "Band 3 overlaps the band before it: start it at 50 points",
      },
      {
        field: "rule.bands.2.toPoints",
        message: "The bands stop at 60 points, but answers can score up to 85",
      },
    ]);
  });

  it("needs the first band to start at 0 points", () => {
    const def = structuredClone(banded) as RasDefinition & { rule: { kind: "BANDS" } };
    def.rule.bands[0].fromPoints = 1;
    expect(checkRasConfiguration(def)).toEqual([
      { field: "rule.bands.0.fromPoints", message: "Band 1: no band covers 0 points" },
    ]);
  });
});

describe("indicativeBudget", () => {
  it("adds points per domain and pays per point", () => {
    const b = indicativeBudget(perPoint, { washing: 2, eating: 1, supervision: 1 });
    expect(b.domains).toEqual([
      { code: "personal-care", label: "Personal care", points: 35 },
      { code: "behaviour", label: "Behaviour", points: 15 },
    ]);
    expect(b).toMatchObject({ totalPoints: 50, ruleAmount: "2250.00", limit: null, amount: "2250.00" });
    expect(b.unanswered).toEqual([]);
  });

  it("holds the amount at the floor and at the ceiling, and says so", () => {
    expect(indicativeBudget(perPoint, { washing: 0, eating: 1, supervision: 0 })).toMatchObject({
      ruleAmount: "225.00",
      limit: "FLOOR",
      amount: "500.00",
    });
    expect(indicativeBudget(perPoint, { washing: 2, eating: 2, supervision: 2 })).toMatchObject({
      totalPoints: 85,
      ruleAmount: "3825.00",
      limit: "CEILING",
      amount: "3000.00",
    });
  });

  it("lists unanswered questions and counts them as no points", () => {
    const b = indicativeBudget(perPoint, { washing: 2, supervision: 9 });
    expect(b.unanswered).toEqual(["eating", "supervision"]);
    expect(b.totalPoints).toBe(30);
  });

  it("gives the amount of the band holding the total, edges included", () => {
    expect(indicativeBudget(banded, { washing: 1, eating: 0, supervision: 0 }).amount).toBe("300.00");
    const at20 = indicativeBudget(banded, { washing: 1, eating: 0, supervision: 0 });
    expect(at20.limit).toBe("FLOOR");
    const b = indicativeBudget(banded, { washing: 1, eating: 2, supervision: 0 });
    expect(b).toMatchObject({ totalPoints: 25, amount: "1200.00", limit: null });
    expect(b.rule).toEqual({ kind: "BANDS", band: { fromPoints: 20, toPoints: 49, amount: "1200.00" } });
    expect(indicativeBudget(banded, { washing: 2, eating: 2, supervision: 0 }).amount).toBe("1200.00");
    expect(indicativeBudget(banded, { washing: 2, eating: 0, supervision: 1 }).amount).toBe("1200.00");
    expect(indicativeBudget(banded, { washing: 2, eating: 1, supervision: 1 }).amount).toBe("2500.50");
  });

  it("rounds half up to the penny", () => {
    const def: RasDefinition = {
      ...perPoint,
      rule: { kind: "PER_POINT", poundsPerPoint: "33.3350" },
      floor: "0",
    };
    // 10 points × £33.3350 = £333.35 exactly; 5 × = £166.675 → £166.68.
    expect(indicativeBudget(def, { washing: 1, eating: 0, supervision: 0 }).amount).toBe("333.35");
    expect(indicativeBudget(def, { washing: 0, eating: 1, supervision: 0 }).amount).toBe("166.68");
    const thirds: RasDefinition = { ...def, rule: { kind: "PER_POINT", poundsPerPoint: "0.3333" } };
    expect(indicativeBudget(thirds, { washing: 2, eating: 2, supervision: 2 }).amount).toBe("28.33");
  });
});

// ── Properties over random configurations and answers ──

const money = (maxPence: number) =>
  fc.integer({ min: 0, max: maxPence }).map((p) => new Decimal(p).div(100).toFixed(2));

const domainsArb = fc
  .array(
    fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((ds) =>
    ds.map((qs, di) => ({
      code: `d${di}`,
      label: `Domain ${di}`,
      questions: qs.map((points, qi) => ({
        code: `d${di}-q${qi}`,
        label: `Q ${qi}`,
        options: opts(...points),
      })),
    })),
  );

const floorCeilingArb = fc
  .tuple(money(500_000), money(5_000_000))
  .map(([a, b]) => (new Decimal(a).lte(b) ? [a, b] : [b, a]))
  .filter(([, c]) => new Decimal(c).gt(0));

/** Bands that cover 0 to the top, with amounts that never fall. */
function bandsArb(top: number) {
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, top) }), { maxLength: 5 }),
      fc.array(money(100_000), { minLength: 6, maxLength: 6 }),
    )
    .map(([cuts, steps]) => {
      const starts = [0, ...cuts.filter((c) => c <= top).sort((a, b) => a - b)];
      let amount = new Decimal(0);
      return starts.map((from, i) => {
        amount = amount.plus(steps[i]);
        return {
          fromPoints: from,
          toPoints: i + 1 < starts.length ? starts[i + 1] - 1 : top,
          amount: amount.toFixed(2),
        };
      });
    });
}

const configArb: fc.Arbitrary<RasDefinition> = fc
  .tuple(domainsArb, floorCeilingArb, fc.boolean(), fc.integer({ min: 1, max: 999_999 }))
  .chain(([domains, [floor, ceiling], useBands, ratePence]) => {
    const top = maximumPoints({ domains });
    const rule: fc.Arbitrary<RasDefinition["rule"]> = useBands
      ? bandsArb(top).map((bands) => ({ kind: "BANDS" as const, bands }))
      : fc.constant({
          kind: "PER_POINT" as const,
          poundsPerPoint: new Decimal(ratePence).div(10_000).toFixed(4),
        });
    return rule.map((r) => ({ domains, rule: r, floor, ceiling }));
  });

const withAnswers = configArb.chain((def) => {
  const questions = def.domains.flatMap((d) => d.questions);
  const answer = () =>
    fc
      .tuple(...questions.map((q) => fc.integer({ min: 0, max: q.options.length - 1 })))
      .map((picks) => Object.fromEntries(questions.map((q, i) => [q.code, picks[i]])));
  return fc.tuple(fc.constant(def), answer(), answer());
});

describe("indicativeBudget properties", () => {
  it("generated configurations pass the check", () => {
    fc.assert(fc.property(configArb, (def) => checkRasConfiguration(def).length === 0));
  });

  it("is always within the floor and the ceiling, in whole pence", () => {
    fc.assert(
      fc.property(withAnswers, ([def, answers]) => {
        const { amount } = indicativeBudget(def, answers);
        const d = new Decimal(amount);
        return d.gte(def.floor) && d.lte(def.ceiling) && d.decimalPlaces() <= 2 && /^\d+\.\d\d$/.test(amount);
      }),
    );
  });

  it("never gives less money for more points", () => {
    fc.assert(
      fc.property(withAnswers, ([def, a, b]) => {
        const x = indicativeBudget(def, a);
        const y = indicativeBudget(def, b);
        if (x.totalPoints === y.totalPoints) return x.amount === y.amount;
        const [lo, hi] = x.totalPoints < y.totalPoints ? [x, y] : [y, x];
        return new Decimal(lo.amount).lte(hi.amount);
      }),
    );
  });

  it("adds the domains' points up to the total, and flags the limit only when the rule went past it", () => {
    fc.assert(
      fc.property(withAnswers, ([def, answers]) => {
        const b = indicativeBudget(def, answers);
        const sum = b.domains.reduce((s, d) => s + d.points, 0);
        const raw = new Decimal(b.ruleAmount);
        const expectedLimit = raw.lt(def.floor) ? "FLOOR" : raw.gt(def.ceiling) ? "CEILING" : null;
        return sum === b.totalPoints && b.limit === expectedLimit && b.unanswered.length === 0;
      }),
    );
  });
});
