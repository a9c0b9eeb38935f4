import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getRarelyInvolvedReport } from "@/lib/data/involvement/get-rarely-involved-report";
import { blockLabel } from "@/lib/domain/involvement/rarely-involved-export";
import { reportCellText, type ReportCell } from "@/lib/domain/involvement/rarely-involved-report";
import { invalidSearchParams, parseSearchParams } from "@/lib/schemas/search-params";
import { DIMENSION_LABEL, rarelyInvolvedQuery } from "@/lib/schemas/involvement-activity";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { FilterForm } from "@/components/ui/filter-form";
import { Select } from "@/components/ui/field";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { SuppressionExplainer } from "@/components/statistics/suppression-explainer";

export const metadata: Metadata = { title: "Rarely involved groups" };

/** Who took part in involvement activities per group and six months, small counts suppressed. */
export default async function RarelyInvolvedReportPage({
  searchParams,
}: PageProps<"/commissioner/involvement/report">) {
  const actor = await requirePageActor("read:involvement-plan:council", { role: "COMMISSIONER" });
  const raw = await searchParams;
  const { blocks } = parseSearchParams(rarelyInvolvedQuery, raw);
  const report = await getRarelyInvolvedReport(actor, blocks);
  const k = report.threshold;
  const text = (c: ReportCell) => reportCellText(c, k);
  const head = [...report.blocks.map(blockLabel), `All ${report.blocks.length} blocks`];
  const latest = report.blocks.length - 1;

  return (
    <>
      <BackLink href="/commissioner/involvement">Back to the involvement plan</BackLink>
      <PageHeading caption={actor.councilName}>Rarely involved groups</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        How many young people from each group took part in involvement activities, in six-month blocks up to
        today. Groups with no one, or too few to show, in the latest block are marked &ldquo;Rarely
        involved&rdquo;.
      </p>
      <p className="mb-4 max-w-[75ch]">
        Numbers from 1 to {k - 1} are shown as &ldquo;fewer than {k}&rdquo; (your council&apos;s threshold is{" "}
        {k}), and some others are hidden so they cannot be worked out.
      </p>
      <SuppressionExplainer threshold={k} />
      {invalidSearchParams(rarelyInvolvedQuery, raw).includes("blocks") && (
        <NotificationBanner title="Some choices were not used">
          <p>The link asked for a number of blocks we cannot show, so the report shows the last 4.</p>
        </NotificationBanner>
      )}
      <FilterForm>
        <Select
          id="blocks"
          name="blocks"
          label="Six-month blocks to show"
          defaultValue={String(blocks)}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `The last ${n}` }))}
        />
      </FilterForm>
      {report.withheld ? (
        <InsetText>
          Too few young people took part to publish this report without the risk of identifying someone. Try
          more blocks.
        </InsetText>
      ) : (
        <>
          <Table
            caption="Everyone who took part"
            captionSize="m"
            head={["Who", ...head]}
            numericColumns={head.map((_, i) => i + 1)}
            firstCellIsHeader
            rows={[["Everyone", ...report.participants.map(text)]]}
          />
          {report.sections.map((s) => (
            <Table
              key={s.dimension}
              caption={DIMENSION_LABEL[s.dimension]}
              captionSize="m"
              head={["Group", ...head]}
              numericColumns={head.map((_, i) => i + 1)}
              firstCellIsHeader
              emptyText="None on your council's list."
              rows={[
                ...s.rows.map((r) => [
                  <span key="g">
                    {r.label}{" "}
                    {r.rarelyInvolved && (
                      <Tag colour="red">
                        Rarely involved<span className="sr-only"> in the latest block</span>
                      </Tag>
                    )}
                  </span>,
                  ...r.cells.map((c, i) =>
                    i === latest && r.rarelyInvolved ? <strong key={i}>{text(c)}</strong> : text(c),
                  ),
                ]),
                ...(s.rows.length
                  ? [
                      [
                        s.dimension === "AGE_BAND"
                          ? "All age bands"
                          : "All (a person can be counted more than once)",
                        ...s.totals.map(text),
                      ],
                    ]
                  : []),
              ]}
            />
          ))}
          <SectionHeading size="m">Download</SectionHeading>
          <p className="mb-8">
            <a href={`/commissioner/involvement/report/export?blocks=${blocks}&format=csv`} download>
              Download this report as CSV (comma-separated values)
            </a>
            , with the same protected numbers as this page.
          </p>
        </>
      )}
      <p className="mb-8">
        <Link href="/commissioner/involvement/activities">See the activities</Link>
      </p>
    </>
  );
}
