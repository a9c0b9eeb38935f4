import { Decimal } from "decimal.js";
import type { KpiUnit, OutputPeriod, OutputUnit } from "../../generated/prisma/enums";

/**
 * A specification output becomes a contract KPI with a target per quarterly return period.
 * Totals over a period (per week, month, year, contract) are scaled to a quarter; a per-day
 * figure ("children per day: 12") is a level, not a total, so it is kept as it is.
 */
const QUARTER_FACTOR: Record<OutputPeriod, Decimal | null> = {
  PER_DAY: null,
  PER_WEEK: new Decimal(13),
  PER_MONTH: new Decimal(3),
  PER_QUARTER: new Decimal(1),
  PER_YEAR: new Decimal(1).div(4),
  PER_CONTRACT: null,
};

export function quarterlyTarget(quantity: Decimal, period: OutputPeriod, termMonths: number): Decimal {
  if (period === "PER_CONTRACT") {
    const quarters = Math.max(1, Math.ceil(termMonths / 3));
    return quantity.div(quarters).toDecimalPlaces(2);
  }
  const factor = QUARTER_FACTOR[period];
  return (factor ? quantity.mul(factor) : quantity).toDecimalPlaces(2);
}

export const OUTPUT_UNIT_TO_KPI: Record<OutputUnit, KpiUnit> = {
  DAYS: "DAYS",
  SESSIONS: "SESSIONS",
  HOURS: "HOURS",
  PLACES: "PLACES",
  CHILDREN: "CHILDREN",
};

export const PERIOD_LABEL: Record<OutputPeriod, string> = {
  PER_DAY: "per day",
  PER_WEEK: "per week",
  PER_MONTH: "per month",
  PER_QUARTER: "per quarter",
  PER_YEAR: "per year",
  PER_CONTRACT: "over the contract",
};
