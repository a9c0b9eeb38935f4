import { Decimal } from "decimal.js";
import type { KpiUnit } from "../generated/prisma/enums";

const WHOLE: KpiUnit[] = ["CHILDREN", "FAMILIES", "COUNT", "PLACES", "SESSIONS"];

/** Checks one reported KPI value against its unit; returns a message, or the exact value. */
export function parseKpiValue(
  raw: string,
  unit: KpiUnit,
  name: string,
): { value: string } | { error: string } {
  const text = raw.trim().replace(/,/g, "");
  if (!text) return { error: `Enter the result for "${name}"` };
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(text)) {
    return { error: `The result for "${name}" must be a number of 0 or more, like 12 or 12.5` };
  }
  const value = new Decimal(text);
  if (WHOLE.includes(unit) && !value.isInteger())
    return { error: `The result for "${name}" must be a whole number` };
  if (unit === "PERCENT" && value.gt(100))
    return { error: `The result for "${name}" is a percentage: 0 to 100` };
  return { value: value.toFixed(2) };
}
