import { describe, expect, it } from "vitest";
import { Rng } from "@/prisma/seed-data/random";
import {
  AGE_WEIGHTS,
  BOY_SHARE,
  IdSource,
  PRIMARY_NEED_SHARES,
  ReceiptCodes,
  WeightedPicker,
  allocate,
  drawAge,
  drawIsBoy,
  drawNeeds,
  generateVolume,
  type VolumeCouncil,
  type VolumeRows,
} from "@/prisma/seed-data/volume";
import { copyValue, deleteOrder, planCouncils } from "@/prisma/seed-data/scale";

const DRAWS = 50_000;

function shares<T>(draw: () => T): Map<T, number> {
  const counts = new Map<T, number>();
  for (let i = 0; i < DRAWS; i++) {
    const x = draw();
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return new Map([...counts].map(([k, n]) => [k, n / DRAWS]));
}

const council: VolumeCouncil = {
  councilId: "council",
  refPrefix: "TST",
  districts: [
    { id: "d-big", name: "Big", prefixes: ["TS1"], population: 30_000 },
    { id: "d-small", name: "Small", prefixes: ["TS2"], population: 10_000 },
  ],
  needTypes: Object.fromEntries(
    ["AUTISM", "LEARNING", "PHYSICAL", "SENSORY", "COMPLEX_HEALTH", "SEMH", "SPEECH", "OTHER"].map((c) => [
      c,
      `need-${c}`,
    ]),
  ),
  themes: Object.fromEntries(
    ["DIRECT_PAYMENTS", "AUTISM_TRAINING", "SMALL_GROUPS", "INCLUSION", "TRANSPORT", "INFORMATION"].map(
      (c) => [c, `theme-${c}`],
    ),
  ),
  serviceTypes: Object.fromEntries(
    [
      "PLAY_SCHEME",
      "AFTER_SCHOOL",
      "HOLIDAY_CLUB",
      "OVERNIGHT",
      "RESIDENTIAL",
      "SITTING",
      "SHARED_CARE",
      "HOMECARE",
      "ONE_TO_ONE",
      "LEISURE",
    ].map((c) => [c, `type-${c}`]),
  ),
  consentStatementId: "consent",
  consentUserId: "parent",
  commissionerUserId: "commissioner",
  organisationIds: ["org-1", "org-2", "org-3"],
  schools: ["A school"],
  returnDueDays: 20,
};
const NOW = new Date("2026-12-07T12:00:00Z");
const SIZES = { children: 2000, contracts: 30, returns: 300, feedback: 800, budgets: 100 };

/** The rows without their ids (random by design), with references turned into positions. */
function withoutIds(rows: VolumeRows): unknown {
  const ids = new Map<string, number>();
  const stable = (v: unknown): unknown => {
    if (typeof v === "string" && /^c[0-9a-z]{24}$/.test(v)) {
      if (!ids.has(v)) ids.set(v, ids.size);
      return `#${ids.get(v)}`;
    }
    if (v instanceof Date) return v.toISOString();
    return v;
  };
  return Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      (list as Record<string, unknown>[]).map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, stable(v)])),
      ),
    ]),
  );
}

describe("volume distributions", () => {
  it("draws primary needs in their shares, autism and learning disability first", () => {
    const rng = new Rng("needs");
    const primary = shares(() => drawNeeds(rng)[0]);
    const total = PRIMARY_NEED_SHARES.reduce((s, [, w]) => s + w, 0);
    for (const [code, weight] of PRIMARY_NEED_SHARES)
      expect(primary.get(code) ?? 0).toBeCloseTo(weight / total, 1);
    const ranked = [...primary].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 2)).toEqual(["AUTISM", "LEARNING"]);
  });

  it("gives about half the children more than one need, never the same need twice", () => {
    const rng = new Rng("more-needs");
    let several = 0;
    for (let i = 0; i < DRAWS; i++) {
      const needs = drawNeeds(rng);
      expect(new Set(needs).size).toBe(needs.length);
      if (needs.length > 1) several++;
    }
    expect(several / DRAWS).toBeGreaterThan(0.35);
    expect(several / DRAWS).toBeLessThan(0.6);
  });

  it("draws about two boys to every girl", () => {
    const rng = new Rng("boys");
    expect(shares(() => drawIsBoy(rng)).get(true)).toBeCloseTo(BOY_SHARE, 2);
  });

  it("puts about three in four children in the 5 to 15 age range, none outside 0 to 19", () => {
    const rng = new Rng("ages");
    const ages = shares(() => drawAge(rng));
    expect(Math.min(...ages.keys())).toBe(0);
    expect(Math.max(...ages.keys())).toBe(19);
    const fiveToFifteen = [...ages].filter(([a]) => a >= 5 && a <= 15).reduce((s, [, p]) => s + p, 0);
    const expected =
      AGE_WEIGHTS.slice(5, 16).reduce((a, b) => a + b, 0) / AGE_WEIGHTS.reduce((a, b) => a + b, 0);
    expect(fiveToFifteen).toBeCloseTo(expected, 2);
    expect(fiveToFifteen).toBeGreaterThan(0.7);
  });

  it("picks weighted items in their shares and refuses weights that cannot be drawn from", () => {
    const rng = new Rng("picker");
    const picker = new WeightedPicker([
      ["a", 1],
      ["b", 3],
      ["c", 0],
    ]);
    const got = shares(() => picker.pick(rng));
    expect(got.get("a")).toBeCloseTo(0.25, 2);
    expect(got.get("b")).toBeCloseTo(0.75, 2);
    expect(got.has("c")).toBe(false);
    expect(() => new WeightedPicker([])).toThrow();
    expect(() => new WeightedPicker([["x", 0]])).toThrow();
  });

  it("allocates exact whole numbers in proportion", () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(100, [3, 1])).toEqual([75, 25]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
    const spread = allocate(1_000_003, [0.3, 2.1, 1, 0.7]);
    expect(spread.reduce((a, b) => a + b, 0)).toBe(1_000_003);
    expect(spread[1] / spread[0]).toBeCloseTo(7, 2);
    expect(() => allocate(5, [])).toThrow();
  });

  it("makes unique cuid-shaped ids that grow, and unique receipt codes that skip those taken", () => {
    const ids = new IdSource();
    const made = Array.from({ length: 5000 }, () => ids.next());
    for (const id of made) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);

    const first = new ReceiptCodes(new Rng("codes")).next();
    const codes = new ReceiptCodes(new Rng("codes"), new Set([first]));
    const list = Array.from({ length: 20_000 }, () => codes.next());
    expect(list).not.toContain(first);
    expect(new Set(list).size).toBe(list.length);
    for (const c of list.slice(0, 100)) expect(c).toMatch(/^FB-[ABCDEFGHJKLMNPQRSTUVWXYZ2-9]{6}$/);
  });
});

describe("generateVolume", () => {
  const rows = generateVolume(council, SIZES, new Rng("volume"), NOW);

  it("is the same for the same seed (ids aside), and different for another", () => {
    expect(withoutIds(generateVolume(council, SIZES, new Rng("volume"), NOW))).toEqual(withoutIds(rows));
    expect(withoutIds(generateVolume(council, SIZES, new Rng("other"), NOW))).not.toEqual(withoutIds(rows));
  });

  it("makes exactly the sizes asked for", () => {
    expect(rows.children).toHaveLength(SIZES.children);
    expect(rows.consents).toHaveLength(SIZES.children);
    expect(rows.contracts).toHaveLength(SIZES.contracts);
    expect(rows.outcomeReturns).toHaveLength(SIZES.returns);
    expect(rows.kpiActuals).toHaveLength(SIZES.returns * 2);
    expect(rows.feedback).toHaveLength(SIZES.feedback);
    expect(rows.budgets).toHaveLength(SIZES.budgets);
    expect(new Set(rows.budgets.map((b) => b.childId)).size).toBe(SIZES.budgets);
  });

  it("registers every child after their birth and never in the future", () => {
    for (const c of rows.children) {
      expect((c.registeredAt as Date).getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect((c.registeredAt as Date) > (c.dateOfBirth as Date)).toBe(true);
    }
  });

  it("spreads children over districts by population and keeps them in families of one or two", () => {
    const big = rows.children.filter((c) => c.districtId === "d-big").length;
    expect(big / SIZES.children).toBeCloseTo(0.75, 1);
    const perFamily = new Map<string, number>();
    for (const c of rows.children) perFamily.set(c.familyId, (perFamily.get(c.familyId) ?? 0) + 1);
    expect(perFamily.size).toBe(rows.families.length);
    expect(Math.max(...perFamily.values())).toBeLessThanOrEqual(2);
    const single = [...perFamily.values()].filter((n) => n === 1).length / perFamily.size;
    expect(single).toBeGreaterThan(0.8);
  });

  it("gives every return period due before today an accepted return, and none after", () => {
    const today = new Date("2026-12-07T00:00:00Z");
    const due = rows.returnPeriods.filter((p) => (p.dueDate as Date) < today);
    expect(due).toHaveLength(SIZES.returns);
    const returned = new Set(rows.outcomeReturns.map((r) => r.returnPeriodId));
    for (const p of due) expect(returned.has(p.id as string)).toBe(true);
    for (const r of rows.outcomeReturns) expect(r.status).toBe("ACCEPTED");
    const green = rows.contracts.filter((c) => c.currentRag === "GREEN").length;
    expect(green / rows.contracts.length).toBeGreaterThan(0.4);
  });

  it("keeps contract money exact: total = annual × months ÷ 12, in pence", () => {
    for (const c of rows.contracts) {
      expect(String(c.annualValue)).toMatch(/^\d+\.00$/);
      expect(String(c.totalValue)).toMatch(/^\d+\.\d{2}$/);
      expect((c.endDate as Date) >= (c.startDate as Date)).toBe(true);
    }
  });

  it("themes feedback older than two weeks only, with ratings on parents' feedback", () => {
    const byId = new Map(rows.feedback.map((f) => [f.id, f]));
    for (const t of rows.feedbackThemeTags) {
      const f = byId.get(t.feedbackId)!;
      expect(NOW.getTime() - (f.createdAt as Date).getTime()).toBeGreaterThan(14 * 86_400_000);
    }
    const parents = rows.feedback.filter((f) => f.source === "PARENT").length;
    expect(rows.feedbackRatings).toHaveLength(parents * 3);
    expect(new Set(rows.feedback.map((f) => f.receiptCode)).size).toBe(rows.feedback.length);
  });
});

describe("seed:scale helpers", () => {
  it("writes values in COPY's text format", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(undefined)).toBe("\\N");
    expect(copyValue(true)).toBe("t");
    expect(copyValue(12.5)).toBe("12.5");
    expect(copyValue(new Date("2026-01-02T03:04:05.006Z"))).toBe("2026-01-02T03:04:05.006Z");
    expect(copyValue("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyValue(["NS1", 'a"b'])).toBe('{"NS1","a\\\\"b"}');
  });

  it("orders deletes so that a table goes before the tables it refers to", () => {
    const order = deleteOrder(
      ["Child", "ChildNeed", "Family", "Consent"],
      [
        { from: "ChildNeed", to: "Child" },
        { from: "Consent", to: "Child" },
        { from: "Child", to: "Family" },
        { from: "Child", to: "District" },
      ],
    );
    expect(order.indexOf("ChildNeed")).toBeLessThan(order.indexOf("Child"));
    expect(order.indexOf("Consent")).toBeLessThan(order.indexOf("Child"));
    expect(order.indexOf("Child")).toBeLessThan(order.indexOf("Family"));
    expect(order).toHaveLength(4);
  });

  it("plans councils whose sizes add up exactly, a few large and many small", () => {
    const plans = planCouncils(
      {
        councils: 150,
        children: 1_000_000,
        contracts: 30_000,
        returns: 300_000,
        feedback: 1_000_000,
        budgets: 30_000,
      },
      new Rng("plan"),
    );
    const sum = (k: "children" | "contracts" | "returns" | "feedback" | "budgets") =>
      plans.reduce((s, p) => s + p.sizes[k], 0);
    expect(sum("children")).toBe(1_000_000);
    expect(sum("contracts")).toBe(30_000);
    expect(sum("returns")).toBe(300_000);
    expect(sum("feedback")).toBe(1_000_000);
    expect(sum("budgets")).toBe(30_000);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(150);
    const children = plans.map((p) => p.sizes.children).sort((a, b) => a - b);
    expect(children[children.length - 1] / children[0]).toBeGreaterThan(3);
    for (const p of plans) expect(p.sizes.returns).toBeLessThanOrEqual(p.sizes.contracts * 40);
  });
});
