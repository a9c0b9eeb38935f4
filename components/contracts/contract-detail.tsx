import Link from "next/link";
import type { getContract } from "@/lib/data/contracts/list-contracts";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { ragFor, type Rag } from "@/lib/domain/rag";
import { SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { ContractStatusTag } from "./contract-status-tag";

type Contract = Awaited<ReturnType<typeof getContract>>;

const RAG_TAG: Record<Rag, { colour: "green" | "yellow" | "red"; label: string }> = {
  GREEN: { colour: "green", label: "Green" },
  AMBER: { colour: "yellow", label: "Amber" },
  RED: { colour: "red", label: "Red" },
};

const RETURN_STATUS = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  QUERIED: "Queried",
  ACCEPTED: "Accepted",
} as const;

/** A contract's record: summary, KPIs with their latest RAG, KPI history per period, return periods and variations. */
export function ContractDetail({
  contract: c,
  today,
  tenderHref,
  returnsBase,
}: {
  contract: Contract;
  today: Date;
  tenderHref?: string;
  /** Each period links to `${returnsBase}/${periodId}`. */
  returnsBase: string;
}) {
  const counted = (status: string) => status === "SUBMITTED" || status === "ACCEPTED" || status === "QUERIED";
  return (
    <>
      <SummaryList
        rows={[
          { key: "Status", value: <ContractStatusTag contract={c} today={today} /> },
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
        head={["KPI", "Target per quarter", "Latest result", "RAG"]}
        numericColumns={[1, 2]}
        emptyText="This contract has no KPIs yet."
        rows={c.kpis.map((k) => {
          const results = k.actuals
            .filter((a) => counted(a.outcomeReturn.status))
            .sort(
              (a, b) =>
                b.outcomeReturn.returnPeriod.startDate.getTime() -
                a.outcomeReturn.returnPeriod.startDate.getTime(),
            );
          const latest = results[0];
          const rag = latest ? ragFor(latest.value, k.targetPerPeriod, k.greenPercent, k.amberPercent) : null;
          return [
            k.name,
            `${k.targetPerPeriod.toString()} ${k.unit.toLowerCase()}`,
            latest
              ? `${latest.value.toString()} (${latest.outcomeReturn.returnPeriod.label})`
              : "No returns yet",
            rag ? (
              <Tag key="r" colour={RAG_TAG[rag].colour}>
                {RAG_TAG[rag].label}
              </Tag>
            ) : (
              "–"
            ),
          ];
        })}
      />
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
                return a ? a.value.toString() : "–";
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
            <Link key="p" href={`${returnsBase}/${p.id}`} className="underline">
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
