import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { endingWithinMonthsWhere } from "./contract-predicates";
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
 * and value ending within 3, 6 and 12 months, counted with the same predicate as the list.
 */
export async function expiryPipeline(actor: Actor, today = new Date()) {
  const day = startOfUtcDay(today);
  const scope = contractScope(actor);
  const within = async (months: number) => {
    const r = await prisma.contract.aggregate({
      where: { AND: [scope, endingWithinMonthsWhere(months, day)] },
      _count: true,
      _sum: { annualValue: true },
    });
    return {
      months,
      count: r._count,
      annualValue: sumMoney([r._sum.annualValue?.toString() ?? "0"]).toFixed(2),
    };
  };
  const [byDay, windows] = await Promise.all([
    prisma.contract.groupBy({
      by: ["endDate"],
      where: { AND: [scope, endingWithinMonthsWhere(12, day)] },
      _count: true,
      _sum: { annualValue: true },
      orderBy: { endDate: "asc" },
    }),
    Promise.all(PIPELINE_WINDOWS.map(within)),
  ]);
  const months = new Map<number, { count: number; values: string[] }>();
  for (const g of byDay) {
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
