import Link from "next/link";
import type { getContract } from "@/lib/data/contracts/get-contract";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { ragFor } from "@/lib/domain/rag";
import { SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { ContractStatusTag } from "./contract-status-tag";
import { KpiTrendChart } from "./kpi-trend-chart";
import { RagTag } from "./rag-tag";
import { route, type Route } from "@/lib/routes/route";
import type { ContractSide } from "./open-actions-table";

type Contract = Awaited<ReturnType<typeof getContract>>;

/** Periods shown in a trend chart: the latest ended ones (the table has them all). */
const CHART_PERIODS = 8;

const RETURN_STATUS = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  QUERIED: "Queried",
  ACCEPTED: "Accepted",
} as const;

/**
 * A contract's record: summary, KPIs with the RAG of their latest accepted result, a trend chart
 * per KPI with the results table as its alternative, return periods and variations. Only accepted
 * results count; submitted ones are shown as waiting for review (docs/decisions/0015).
 */
export function ContractDetail({
  contract: c,
  today,
  tenderHref,
  returnsBase,
}: {
  contract: Contract;
  today: Date;
  tenderHref?: Route;
  /** Each period links to `${returnsBase}/${periodId}`. */
  returnsBase: `${ContractSide}/contracts/${string}/returns`;
}) {
  const periodTime = (a: { outcomeReturn: { returnPeriod: { startDate: Date } } }) =>
    a.outcomeReturn.returnPeriod.startDate.getTime();
  const endedPeriods = c.returnPeriods.filter((p) => p.endDate < today).slice(-CHART_PERIODS);
  return (
    <>
      <SummaryList
        rows={[
          { key: "Status", value: <ContractStatusTag contract={c} today={today} /> },
          { key: "Current RAG", value: <RagTag rag={c.currentRag} /> },
          { key: "Provider", value: c.organisation.name },
          { key: "Service type", value: c.serviceType.name },
          { key: "Areas", value: c.districts.map((d) => d.name).join(", ") || "Not set" },
          { key: "Annual value", value: formatMoney(c.annualValue) },
          { key: "Total value", value: formatMoney(c.totalValue) },
          { key: "Dates", value: `${formatCalendarDate(c.startDate)} to ${formatCalendarDate(c.endDate)}` },
          {
            key: "Extensions",
            value: `${c.extensionMonthsUsed} of ${c.extensionMonthsAvailable} months used`,
          },
          ...(c.tender
            ? [
                {
                  key: "Awarded through",
                  value: tenderHref ? (
                    <Link href={tenderHref} className="underline">
                      Tender {c.tender.reference}
                    </Link>
                  ) : (
                    `Tender ${c.tender.reference}`
                  ),
                },
              ]
            : []),
        ]}
      />
      <SectionHeading>KPIs</SectionHeading>
      <Table
        caption="KPIs and their latest result"
        captionSize="s"
        head={["KPI", "Target per quarter", "Latest accepted result", "RAG", "Thresholds"]}
        numericColumns={[1, 2]}
        emptyText="This contract has no KPIs yet."
        rows={c.kpis.map((k) => {
          const latest = k.actuals
            .filter((a) => a.outcomeReturn.status === "ACCEPTED")
            .sort((a, b) => periodTime(b) - periodTime(a))[0];
          const rag = latest ? ragFor(latest.value, k.targetPerPeriod, k.greenPercent, k.amberPercent) : null;
          return [
            k.name,
            `${k.targetPerPeriod.toString()} ${k.unit.toLowerCase()}`,
            latest
              ? `${latest.value.toString()} (${latest.outcomeReturn.returnPeriod.label})`
              : "No returns yet",
            <RagTag key="r" rag={rag} />,
            `Green at ${k.greenPercent.toString()}% of target or more, amber at ${k.amberPercent.toString()}%`,
          ];
        })}
      />
      {c.kpis.map((k) => (
        <KpiTrendChart
          key={k.id}
          name={k.name}
          unit={k.unit.toLowerCase()}
          points={endedPeriods.map((p) => {
            const a = k.actuals.find(
              (x) => x.outcomeReturn.status === "ACCEPTED" && periodTime(x) === p.startDate.getTime(),
            );
            return { label: p.label, actual: a ? Number(a.value) : null, target: Number(k.targetPerPeriod) };
          })}
        />
      ))}
      {c.kpis.some((k) => k.actuals.length > 0) && (
        <Table
          caption="KPI results by period (actual against target)"
          captionSize="s"
          head={["Period", ...c.kpis.map((k) => `${k.name} (target ${k.targetPerPeriod.toString()})`)]}
          rows={c.returnPeriods
            .filter((p) =>
              c.kpis.some((k) =>
                k.actuals.some(
                  (a) => a.outcomeReturn.returnPeriod.startDate.getTime() === p.startDate.getTime(),
                ),
              ),
            )
            .map((p) => [
              p.label,
              ...c.kpis.map((k) => {
                const a = k.actuals.find(
                  (x) => x.outcomeReturn.returnPeriod.startDate.getTime() === p.startDate.getTime(),
                );
                if (!a) return "–";
                return a.outcomeReturn.status === "ACCEPTED"
                  ? a.value.toString()
                  : `${a.value.toString()} (not yet accepted)`;
              }),
            ])}
        />
      )}
      <SectionHeading>Outcome returns</SectionHeading>
      <Table
        caption="Return periods"
        captionSize="s"
        head={["Period", "Due", "Return"]}
        emptyText="No return periods."
        rows={c.returnPeriods.map((p) => {
          const overdue =
            !p.outcomeReturn?.submittedAt && p.dueDate < today && p.outcomeReturn?.status !== "ACCEPTED";
          return [
            <Link key="p" href={route(`${returnsBase}/${p.id}`)} className="underline">
              {p.label}
            </Link>,
            formatCalendarDate(p.dueDate),
            overdue ? (
              <Tag key="o" colour="red">
                Overdue
              </Tag>
            ) : p.outcomeReturn ? (
              RETURN_STATUS[p.outcomeReturn.status]
            ) : p.endDate >= today ? (
              "Period not ended"
            ) : (
              "Not started"
            ),
          ];
        })}
      />
      <SectionHeading>Variations</SectionHeading>
      <Table
        caption="Variations, extensions and terminations"
        captionSize="s"
        head={["Date", "Kind", "Reason", "Value change"]}
        numericColumns={[3]}
        emptyText="No variations."
        rows={c.variations.map((v) => [
          formatCalendarDate(v.effectiveDate),
          v.kind.toLowerCase(),
          v.reason,
          formatMoney(v.valueChange),
        ])}
      />
    </>
  );
}
