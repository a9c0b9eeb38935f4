import type { IndicativeBudget } from "@/lib/domain/ras/indicative-budget";
import { formatMoney } from "@/lib/domain/money";
import { Table } from "@/components/ui/table";
import { SummaryList } from "@/components/ui/summary-list";

/** The indicative budget with how it was reached: points per domain, the rule, floor or ceiling. */
export function BudgetBreakdown({
  budget,
  caption = "Points by domain",
}: {
  budget: IndicativeBudget;
  caption?: string;
}) {
  const ruleText =
    budget.rule.kind === "PER_POINT"
      ? `${budget.totalPoints} points × ${formatMoney(budget.rule.poundsPerPoint)} a point = ${formatMoney(budget.ruleAmount)}`
      : `${budget.rule.band.fromPoints} to ${budget.rule.band.toPoints} points: ${formatMoney(budget.rule.band.amount)}`;
  return (
    <>
      <Table
        caption={caption}
        captionSize="s"
        head={["Domain", "Points"]}
        numericColumns={[1]}
        firstCellIsHeader
        rows={[
          ...budget.domains.map((d) => [d.label, String(d.points)]),
          ["Total", String(budget.totalPoints)],
        ]}
      />
      <SummaryList
        rows={[
          { key: "Rule applied", value: ruleText },
          {
            key: "Floor or ceiling",
            value:
              budget.limit === "FLOOR"
                ? `Raised to the floor, ${formatMoney(budget.amount)}`
                : budget.limit === "CEILING"
                  ? `Held at the ceiling, ${formatMoney(budget.amount)}`
                  : "Neither: the amount is between them",
          },
          { key: "Indicative budget", value: <strong>{formatMoney(budget.amount)} a year</strong> },
        ]}
      />
    </>
  );
}
