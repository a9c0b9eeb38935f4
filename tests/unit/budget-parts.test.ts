import { describe, expect, it } from "vitest";
import {
  allowsBoughtDirectly,
  budgetParts,
  checkMixParts,
  familyPart,
  paysFamily,
  paysProviders,
  scheduleTotal,
} from "@/lib/domain/budgets/budget-parts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a budget's parts", () => {
  it("a single type is all one part; a mix has its recorded parts", () => {
    const managed = budgetParts({ type: "MANAGED", annualAmount: "900.00" });
    expect([managed.DIRECT_PAYMENT, managed.MANAGED, managed.INDIVIDUAL].map((d) => d.toFixed(2))).toEqual([
      "0.00",
      "900.00",
      "0.00",
    ]);
    const mix = {
      type: "MIX" as const,
      annualAmount: "900",
      directPaymentPart: "100.10",
      individualPart: "799.90",
    };
    expect(familyPart(mix).toFixed(2)).toBe("900.00");
    expect(paysProviders(mix)).toBe(true);
  });

  it("says who is paid: a managed budget never pays the family, a direct payment never a provider", () => {
    const of = (type: "DIRECT_PAYMENT" | "MANAGED" | "INDIVIDUAL") => ({ type, annualAmount: "10" });
    expect([
      paysFamily(of("DIRECT_PAYMENT")),
      paysFamily(of("MANAGED")),
      paysFamily(of("INDIVIDUAL")),
    ]).toEqual([true, false, true]);
    expect([
      paysProviders(of("DIRECT_PAYMENT")),
      paysProviders(of("MANAGED")),
      paysProviders(of("INDIVIDUAL")),
    ]).toEqual([false, true, true]);
    expect(allowsBoughtDirectly(of("MANAGED"))).toBe(false);
    expect(
      paysFamily({
        type: "MIX",
        annualAmount: "10",
        managedPart: "5",
        individualPart: "0",
        directPaymentPart: "0",
      }),
    ).toBe(false);
  });
});

describe("checking a mix", () => {
  it("needs two parts above £0 that add up exactly", () => {
    expect(checkMixParts("100", { directPaymentPart: "100" })?.field).toBe("directPaymentPart");
    expect(checkMixParts("100", { directPaymentPart: "100", managedPart: "0" })?.field).toBe(
      "directPaymentPart",
    );
    expect(checkMixParts("100", { directPaymentPart: "50", managedPart: "49.99" })?.message).toBe(
      "The parts add up to £99.99, not the yearly amount of £100.00",
    );
    expect(
      checkMixParts("100", { directPaymentPart: "0.1", managedPart: "0.2", individualPart: "99.70" }),
    ).toBeNull();
  });
});

describe("a schedule's total", () => {
  it("counts every payment on or before the end, and none when the first is after it", () => {
    expect(
      scheduleTotal({
        everyWeeks: 4,
        amount: "100.01",
        firstDue: day("2027-01-04"),
        endDate: day("2027-12-31"),
      }),
    ).toMatchObject({
      count: 13,
    });
    // 2027-12-06 + 28 days is past the end; a payment on the last day counts.
    expect(
      scheduleTotal({ everyWeeks: 1, amount: "1", firstDue: day("2027-12-24"), endDate: day("2027-12-31") })
        .count,
    ).toBe(2);
    expect(
      scheduleTotal({
        everyWeeks: 1,
        amount: "1",
        firstDue: day("2028-01-01"),
        endDate: day("2027-12-31"),
      }).total.toFixed(2),
    ).toBe("0.00");
    expect(
      scheduleTotal({
        everyWeeks: 4,
        amount: "100.01",
        firstDue: day("2027-01-04"),
        endDate: day("2027-12-31"),
      }).total.toFixed(2),
    ).toBe("1300.13");
  });
});
