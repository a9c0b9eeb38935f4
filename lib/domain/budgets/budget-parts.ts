import { Decimal } from "decimal.js";
import type { BudgetType } from "../../generated/prisma/enums";
import { formatMoney } from "../money";

type Amount = { toString(): string } | string;

/** The three ways a budget's money is taken; a mix has an amount for each (issue 14). */
export type BudgetPart = "DIRECT_PAYMENT" | "MANAGED" | "INDIVIDUAL";
export const BUDGET_PARTS: readonly BudgetPart[] = ["DIRECT_PAYMENT", "MANAGED", "INDIVIDUAL"];

export interface BudgetWithParts {
  type: BudgetType;
  annualAmount: Amount;
  directPaymentPart?: Amount | null;
  managedPart?: Amount | null;
  individualPart?: Amount | null;
}

/**
 * How much of the yearly amount is taken each way: a single type is all one part, a mix has its
 * recorded parts. Every rule that depends on how money is taken (evidence of spend, payments to the
 * family, provider invoices, bought directly) reads this, never the type alone.
 */
export function budgetParts(b: BudgetWithParts): Record<BudgetPart, Decimal> {
  const zero = new Decimal(0);
  if (b.type !== "MIX") {
    const whole = new Decimal(b.annualAmount.toString());
    return {
      DIRECT_PAYMENT: b.type === "DIRECT_PAYMENT" ? whole : zero,
      MANAGED: b.type === "MANAGED" ? whole : zero,
      INDIVIDUAL: b.type === "INDIVIDUAL" ? whole : zero,
    };
  }
  const part = (v: Amount | null | undefined) => (v == null ? zero : new Decimal(v.toString()));
  return {
    DIRECT_PAYMENT: part(b.directPaymentPart),
    MANAGED: part(b.managedPart),
    INDIVIDUAL: part(b.individualPart),
  };
}

/**
 * What is paid to the family: the direct payment part and the individual budget part (a sum for
 * leisure the family spends and evidences). Managed money never reaches the family.
 */
export function familyPart(b: BudgetWithParts): Decimal {
  const p = budgetParts(b);
  return p.DIRECT_PAYMENT.plus(p.INDIVIDUAL);
}

/** Whether any of the budget is paid to the family (so it has a schedule and evidence of spend). */
export const paysFamily = (b: BudgetWithParts) => familyPart(b).greaterThan(0);

/** Whether the council pays providers from the budget (managed or individual parts). */
export const paysProviders = (b: BudgetWithParts) => {
  const p = budgetParts(b);
  return p.MANAGED.greaterThan(0) || p.INDIVIDUAL.greaterThan(0);
};

/** Whether support can be bought directly by the family (anything but a wholly managed budget). */
export const allowsBoughtDirectly = paysFamily;

/**
 * What a schedule pays to the end of the budget: every `everyWeeks` weeks from `firstDue` while on
 * or before `endDate` (the payments-due job's own rule), so that it can be held to the family's part.
 */
export function scheduleTotal(s: { everyWeeks: number; amount: Amount; firstDue: Date; endDate: Date }) {
  const step = s.everyWeeks * 7 * 86_400_000;
  const span = s.endDate.getTime() - s.firstDue.getTime();
  const count = span < 0 ? 0 : Math.floor(span / step) + 1;
  return { count, total: new Decimal(s.amount.toString()).times(count) };
}

export type MixProblem = {
  field: "directPaymentPart" | "managedPart" | "individualPart" | "annualAmount";
  message: string;
};

/**
 * Checks a mix's parts against its yearly amount: at least two parts above £0 (one part is not a
 * mix) and the parts add up to the yearly amount exactly, to the penny.
 */
export function checkMixParts(
  annualAmount: Amount,
  parts: { directPaymentPart?: Amount | null; managedPart?: Amount | null; individualPart?: Amount | null },
): MixProblem | null {
  const values = [parts.directPaymentPart, parts.managedPart, parts.individualPart].map((v) =>
    v == null || v.toString() === "" ? new Decimal(0) : new Decimal(v.toString()),
  );
  if (values.filter((v) => v.greaterThan(0)).length < 2)
    return {
      field: "directPaymentPart",
      message: "A mix needs an amount for at least two of direct payment, managed and individual budget",
    };
  const total = values.reduce((a, v) => a.plus(v), new Decimal(0));
  const annual = new Decimal(annualAmount.toString());
  if (!total.equals(annual))
    return {
      field: "annualAmount",
      message: `The parts add up to ${formatMoney(total)}, not the yearly amount of ${formatMoney(annual)}`,
    };
  return null;
}
