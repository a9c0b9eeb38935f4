import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { endingWindowEnd, endingWithinMonthsWhere } from "./contract-predicates";
import { sumMoney } from "../../domain/money";
import { ENDING_WINDOWS } from "../../schemas/contract-search";

export interface PipelineMonth {
  month: Date;
  count: number;
  annualValue: string;
}

/** The expiry pipeline's windows, in months; each links to the list filtered the same way. */
export const PIPELINE_WINDOWS = ENDING_WINDOWS.map(Number);
/**
 * Contracts ending in each of the next 12 months (terminated ones excluded), grouped by end date
 * in SQL, so a council with 160 agreements ending on one day sees it a year ahead; and the count
 * and value ending within 3, 6 and 12 months, added up from the same groups with the boundary the
 * list's filter uses (endingWindowEnd), so a window and the list it links to always agree. One query.
 */
export async function expiryPipeline(actor: Actor, today = new Date()) {
  const day = startOfUtcDay(today);
  const longest = Math.max(12, ...PIPELINE_WINDOWS);
  const byDay = await prisma.contract.groupBy({
    by: ["endDate"],
    where: { AND: [contractScope(actor), endingWithinMonthsWhere(longest, day)] },
    _count: true,
    _sum: { annualValue: true },
    orderBy: { endDate: "asc" },
  });
  const windows = PIPELINE_WINDOWS.map((months) => {
    const last = endingWindowEnd(months, day);
    const inside = byDay.filter((g) => g.endDate <= last);
    return {
      months,
      count: inside.reduce((n, g) => n + g._count, 0),
      annualValue: sumMoney(inside.map((g) => g._sum.annualValue?.toString() ?? "0")).toFixed(2),
    };
  });
  const lastOfYear = endingWindowEnd(12, day);
  const months = new Map<number, { count: number; values: string[] }>();
  for (const g of byDay.filter((g) => g.endDate <= lastOfYear)) {
    const key = Date.UTC(g.endDate.getUTCFullYear(), g.endDate.getUTCMonth(), 1);
    const m = months.get(key) ?? { count: 0, values: [] };
    m.count += g._count;
    m.values.push(g._sum.annualValue?.toString() ?? "0");
    months.set(key, m);
  }
  return {
    months: [...months].map(([month, m]): PipelineMonth => ({
      month: new Date(month),
      count: m.count,
      annualValue: sumMoney(m.values).toFixed(2),
    })),
    windows,
  };
}
