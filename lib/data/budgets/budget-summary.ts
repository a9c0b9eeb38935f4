import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AGE_BANDS, ageBandOf, ageOn } from "../../domain/age-band";
import { startOfUtcDay } from "../../domain/dates";
import { budgetSummaryTable } from "../../domain/budgets/budget-summary";
import { BUDGET_TYPE_LABEL } from "../../schemas/budget";
import type { BudgetType } from "../../generated/prisma/enums";

const TYPES = Object.keys(BUDGET_TYPE_LABEL) as BudgetType[];

/**
 * The commissioners' view of personal budgets (issue 14): running budgets by type, district and age
 * band, suppressed as every statistic is, and the approved providers most chosen in agreed
 * support plans, so commissioners see what families buy. No child is named or counted alone.
 */
export async function getBudgetSummary(actor: Actor, now = new Date()) {
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId };
  const [council, districts, budgets, chosen] = await Promise.all([
    prisma.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { statisticsThreshold: true },
    }),
    prisma.district.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.personalBudget.findMany({
      where: { AND: [scope, { status: "ACTIVE" }] },
      select: { type: true, annualAmount: true, child: { select: { districtId: true, dateOfBirth: true } } },
    }),
    prisma.supportPlanItem.groupBy({
      by: ["organisationId"],
      where: {
        AND: [
          scope,
          { organisationId: { not: null } },
          { supportPlan: { status: "AGREED", personalBudget: { status: "ACTIVE" } } },
        ],
      },
      _count: { _all: true },
      _sum: { annualCost: true },
    }),
  ]);
  const k = council.statisticsThreshold;
  const districtIndex = new Map(districts.map((d, i) => [d.id, i]));
  const rows = budgets.flatMap((b) => {
    const district = b.child.districtId ? districtIndex.get(b.child.districtId) : undefined;
    const band = b.child.dateOfBirth ? ageBandOf(ageOn(b.child.dateOfBirth, today)) : null;
    const ageBand = band ? AGE_BANDS.findIndex((a) => a.band === band) : -1;
    // A budget without a district or outside the register's ages counts in no cell: said on the page.
    return district === undefined || ageBand < 0
      ? []
      : [{ type: TYPES.indexOf(b.type), district, ageBand, amount: b.annualAmount }];
  });
  const table = budgetSummaryTable(
    rows,
    { types: TYPES.length, districts: districts.length, ageBands: AGE_BANDS.length },
    k,
  );
  const names = await prisma.organisation.findMany({
    where: { id: { in: chosen.map((c) => c.organisationId!).filter(Boolean) } },
    select: { id: true, name: true },
  });
  // Fewer than k choices show as such, with no money, after the others in name order, so that
  // neither a figure nor a place in the list tells how few.
  const providers = chosen
    .map((c) => ({
      name: names.find((n) => n.id === c.organisationId)?.name ?? "Unknown provider",
      items: c._count._all >= k ? c._count._all : null,
      total: c._count._all >= k ? c._sum.annualCost : null,
    }))
    .sort((a, b) => (b.items ?? 0) - (a.items ?? 0) || a.name.localeCompare(b.name))
    .slice(0, 10);
  return {
    threshold: k,
    table,
    types: TYPES.map((t) => BUDGET_TYPE_LABEL[t]),
    districts: districts.map((d) => d.name),
    ageBands: AGE_BANDS.map((a) => a.label),
    outsideTable: budgets.length - rows.length,
    providers,
  };
}
