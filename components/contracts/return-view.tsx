import type { getReturnPeriod } from "@/lib/data/contracts/returns";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { ragFor } from "@/lib/domain/rag";
import { SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { RagTag } from "./rag-tag";

type Period = Awaited<ReturnType<typeof getReturnPeriod>>;

export const RETURN_STATUS_LABEL = {
  DRAFT: "Draft, not sent",
  SUBMITTED: "Submitted, waiting for the council",
  QUERIED: "Queried by the council",
  ACCEPTED: "Accepted",
} as const;

/** What a return says, with each KPI against its target, and the query thread. */
export function ReturnView({ period }: { period: Period }) {
  const r = period.outcomeReturn;
  return (
    <>
      <SummaryList
        rows={[
          {
            key: "Period",
            value: `${formatCalendarDate(period.startDate)} to ${formatCalendarDate(period.endDate)}`,
          },
          { key: "Due", value: formatCalendarDate(period.dueDate) },
          { key: "Status", value: r ? RETURN_STATUS_LABEL[r.status] : "Not started" },
          ...(r?.submittedAt ? [{ key: "Last submitted", value: formatDateTime(r.submittedAt) }] : []),
        ]}
      />
      {r && r.status !== "DRAFT" && (
        <>
          <Table
            caption="Results against targets"
            captionSize="s"
            head={["KPI", "Target", "Result", "RAG"]}
            numericColumns={[1, 2]}
            rows={period.contract.kpis.map((k) => {
              const a = r.actuals.find((x) => x.kpiId === k.id);
              const rag = a ? ragFor(a.value, k.targetPerPeriod, k.greenPercent, k.amberPercent) : null;
              return [
                k.name,
                k.targetPerPeriod.toString(),
                a ? a.value.toString() : "Not given",
                rag ? <RagTag key="r" rag={rag} /> : "–",
              ];
            })}
          />
          <SummaryList
            rows={[
              { key: "Children supported", value: r.childrenSupported ?? "–" },
              { key: "Families supported", value: r.familiesSupported ?? "–" },
              {
                key: "How the service went",
                value: <span className="whitespace-pre-line">{r.narrative}</span>,
              },
              {
                key: "How children were asked",
                value: <span className="whitespace-pre-line">{r.childVoiceMethod}</span>,
              },
              {
                key: "What children said",
                value: <span className="whitespace-pre-line">{r.childVoiceSummary}</span>,
              },
              ...(r.caseStudy
                ? [{ key: "Case study", value: <span className="whitespace-pre-line">{r.caseStudy}</span> }]
                : []),
            ]}
          />
        </>
      )}
      {r && r.queries.length > 0 && (
        <section aria-labelledby="thread">
          <SectionHeading id="thread">Queries and answers</SectionHeading>
          <ol className="mb-6">
            {r.queries.map((q) => (
              <li key={q.id} className="mb-4 border-l-4 border-border pl-4">
                <p className="font-bold">
                  {q.authorRole === "PROVIDER" ? "Provider" : "Council"}, {formatDateTime(q.createdAt)}
                </p>
                <p className="whitespace-pre-line">{q.body}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
