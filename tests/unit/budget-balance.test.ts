import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { budgetBalance, planTotal } from "@/lib/domain/budgets/budget-balance";
import { budgetSummaryTable } from "@/lib/domain/budgets/budget-summary";

describe("budgetBalance", () => {
  it("takes accepted evidence, provider invoices and adjustments off the allocation", () => {
    const b = budgetBalance({
      allocation: "4500.00",
      payments: [
        { kind: "DIRECT_PAYMENT", amount: "1125.00" },
        { kind: "DIRECT_PAYMENT", amount: "1125.00" },
        { kind: "PROVIDER_INVOICE", amount: "300.10" },
        { kind: "ADJUSTMENT", amount: "50.00" },
        { kind: "ADJUSTMENT", amount: "-20.00" },
      ],
      evidence: [
        { status: "ACCEPTED", amount: "468.00" },
        { status: "SUBMITTED", amount: "86.50" },
        { status: "REJECTED", amount: "1000.00" },
      ],
    });
    expect(b.paidToFamily.toFixed(2)).toBe("2250.00");
    expect(b.approvedSpend.toFixed(2)).toBe("768.10");
    expect(b.adjustments.toFixed(2)).toBe("30.00");
    expect(b.evidenceWaiting.toFixed(2)).toBe("86.50");
    expect(b.balance.toFixed(2)).toBe("3701.90");
    expect(b.paidNotEvidenced.toFixed(2)).toBe("1782.00");
  });

  it("leaves out scheduled payments not yet paid, and counts queried evidence as waiting", () => {
    const b = budgetBalance({
      allocation: "1000.00",
      payments: [
        { kind: "DIRECT_PAYMENT", amount: "100.00", status: "PAID" },
        { kind: "DIRECT_PAYMENT", amount: "100.00", status: "DUE" },
      ],
      evidence: [
        { status: "QUERIED", amount: "40.00" },
        { status: "SUBMITTED", amount: "2.50" },
      ],
    });
    expect(b.paidToFamily.toFixed(2)).toBe("100.00");
    expect(b.evidenceWaiting.toFixed(2)).toBe("42.50");
    expect(b.balance.toFixed(2)).toBe("1000.00");
  });

  it("is exact to the penny where floating point is not (0.1 + 0.2)", () => {
    const b = budgetBalance({
      allocation: "0.30",
      payments: [],
      evidence: [
        { status: "ACCEPTED", amount: "0.10" },
        { status: "ACCEPTED", amount: "0.20" },
      ],
    });
    expect(b.balance.isZero()).toBe(true);
  });

  it("never shows paid-not-evidenced below zero when evidence exceeds what was paid", () => {
    const b = budgetBalance({
      allocation: "100",
      payments: [{ kind: "DIRECT_PAYMENT", amount: "10" }],
      evidence: [{ status: "ACCEPTED", amount: "40" }],
    });
    expect(b.paidNotEvidenced.toFixed(2)).toBe("0.00");
    expect(b.balance.toFixed(2)).toBe("60.00");
  });

  const pence = fc
    .integer({ min: -1_000_000, max: 1_000_000 })
    .map((p) => new Decimal(p).div(100).toFixed(2));
  it("reconciles: allocation = balance + approved spend + adjustments, whatever the order of items", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }).map((p) => new Decimal(p).div(100).toFixed(2)),
        fc.array(
          fc.record({
            kind: fc.constantFrom("DIRECT_PAYMENT", "PROVIDER_INVOICE", "ADJUSTMENT"),
            amount: pence,
          }),
        ),
        fc.array(fc.record({ status: fc.constantFrom("SUBMITTED", "ACCEPTED", "REJECTED"), amount: pence })),
        (allocation, payments, evidence) => {
          const a = budgetBalance({ allocation, payments, evidence });
          const b = budgetBalance({
            allocation,
            payments: [...payments].reverse(),
            evidence: [...evidence].reverse(),
          });
          expect(a.balance.plus(a.approvedSpend).plus(a.adjustments).toFixed(2)).toBe(
            new Decimal(allocation).toFixed(2),
          );
          expect(a.balance.toFixed(2)).toBe(b.balance.toFixed(2));
          expect(a.balance.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});

describe("planTotal", () => {
  it("adds the items and says by how much they are over the budget", () => {
    expect(planTotal([{ annualCost: "1800.00" }, { annualCost: "2340.00" }], "4500.00")).toEqual({
      total: new Decimal("4140.00"),
      overBy: null,
    });
    const over = planTotal([{ annualCost: "4500.00" }, { annualCost: "0.01" }], "4500.00");
    expect(over.overBy?.toFixed(2)).toBe("0.01");
    expect(planTotal([{ annualCost: "4500.00" }], "4500.00").overBy).toBeNull();
  });
});

describe("budgetSummaryTable", () => {
  const many = (n: number, type: number, district: number, ageBand: number, amount: string) =>
    Array.from({ length: n }, () => ({ type, district, ageBand, amount }));

  it("adds counts and money into every margin when no count is small", () => {
    const rows = [
      ...many(12, 0, 0, 0, "1000.00"),
      ...many(10, 0, 1, 1, "2500.50"),
      ...many(11, 1, 1, 0, "3000.00"),
    ];
    const t = budgetSummaryTable(rows, { types: 2, districts: 2, ageBands: 2 }, 10);
    expect(t.all).toMatchObject({ count: 33, status: "shown" });
    expect(t.all.total?.toFixed(2)).toBe("70005.00");
    expect(t.byType.map((c) => c.count)).toEqual([22, 11]);
    expect(t.byDistrict.map((c) => c.total?.toFixed(2))).toEqual(["12000.00", "58005.00"]);
    expect(t.byAgeBand.map((c) => c.count)).toEqual([23, 10]);
  });

  it("never shows a count from 1 to 9, nor the money of a cell whose count is not shown", () => {
    const rows = [
      ...many(40, 0, 0, 0, "1000.00"),
      ...many(3, 0, 1, 1, "2500.00"),
      ...many(30, 1, 1, 0, "3000.50"),
    ];
    const t = budgetSummaryTable(rows, { types: 3, districts: 2, ageBands: 2 }, 10);
    const cells = [t.all, ...t.byType, ...t.byDistrict, ...t.byAgeBand];
    expect(cells.some((c) => c.status !== "shown")).toBe(true);
    for (const c of cells) {
      if (c.count !== null) expect(c.count === 0 || c.count >= 10).toBe(true);
      else expect(c.total).toBeNull();
    }
  });
});
