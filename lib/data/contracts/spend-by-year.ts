import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { financialYearLabel, financialYearStart } from "../../domain/dates";

export interface YearSpend {
  label: string;
  /** The year's share of every contract's annual value, pro rata to the days it runs in the year. */
  committed: string;
  contracts: number;
  budget: string | null;
  /** Budget less committed spend; negative when over. */
  remaining: string | null;
  percentOfBudget: string | null;
}

/**
 * Contract spend committed in each financial year (last year, this year and the next two), against
 * the council's annual budget. A contract counts for the days it runs in the year — from its start
 * to its end date, or the day before it was terminated — at its annual value, in one grouped query.
 */
export async function spendByYear(actor: Actor, today = new Date()): Promise<YearSpend[]> {
  const thisYear = financialYearStart(today);
  const [council, rows] = await Promise.all([
    prisma.council.findUniqueOrThrow({ where: { id: actor.councilId }, select: { annualBudget: true } }),
    prisma.$queryRaw<{ year: number; committed: string; contracts: bigint }[]>`
      WITH fy AS (
        SELECT y::int AS year, make_date(y::int, 4, 1) AS s, make_date(y::int + 1, 3, 31) AS e
        FROM generate_series(${thisYear - 1}::int, ${thisYear + 2}::int) AS y
      ), c AS (
        SELECT "annualValue", "startDate",
               CASE WHEN "terminatedAt" IS NOT NULL AND "terminatedAt" - 1 < "endDate"
                    THEN "terminatedAt" - 1 ELSE "endDate" END AS last
        FROM "Contract" WHERE "councilId" = ${actor.councilId}
      )
      SELECT fy.year,
             COALESCE(round(sum(c."annualValue" * (LEAST(fy.e, c.last) - GREATEST(fy.s, c."startDate") + 1)
                                / (fy.e - fy.s + 1)), 2), 0)::text AS committed,
             count(c."startDate") AS contracts
      FROM fy LEFT JOIN c ON c."startDate" <= fy.e AND c.last >= fy.s
      GROUP BY fy.year ORDER BY fy.year`,
  ]);
  const budget = council.annualBudget ? new Decimal(council.annualBudget.toString()) : null;
  return rows.map((r) => {
    const committed = new Decimal(r.committed);
    return {
      label: financialYearLabel(r.year),
      committed: committed.toFixed(2),
      contracts: Number(r.contracts),
      budget: budget?.toFixed(2) ?? null,
      remaining: budget ? budget.minus(committed).toFixed(2) : null,
      percentOfBudget: budget && budget.gt(0) ? committed.div(budget).mul(100).toFixed(0) : null,
    };
  });
}
