import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getNeedsAnalysis, type DistrictTypeCount } from "@/lib/data/specifications/get-needs-analysis";
import { formatDateTime } from "@/lib/domain/dates";
import { statisticsTable } from "@/lib/domain/statistics-table";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { StatisticsTableView } from "@/components/statistics/statistics-table-view";
import { SuppressionExplainer } from "@/components/statistics/suppression-explainer";

export const metadata: Metadata = { title: "Needs analysis" };

/** Districts down, service types across (only types that have any), with totals. */
function CrossTable({
  caption,
  counts,
  districts,
  serviceTypes,
  emptyText,
}: {
  caption: string;
  counts: DistrictTypeCount[];
  districts: { id: string; name: string }[];
  serviceTypes: { id: string; name: string }[];
  emptyText: string;
}) {
  const types = serviceTypes.filter((t) => counts.some((c) => c.serviceTypeId === t.id));
  const at = (d: string, t: string) =>
    counts.find((c) => c.districtId === d && c.serviceTypeId === t)?.count ?? 0;
  const rowTotal = (d: string) => counts.filter((c) => c.districtId === d).reduce((s, c) => s + c.count, 0);
  const colTotal = (t: string) =>
    counts.filter((c) => c.serviceTypeId === t).reduce((s, c) => s + c.count, 0);
  if (types.length === 0) return <Table caption={caption} head={[]} rows={[]} emptyText={emptyText} />;
  return (
    <div
      className="mb-8 overflow-x-auto focus-visible:outline-3 focus-visible:outline-focus"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table
        caption={caption}
        head={["District", ...types.map((t) => t.name), "All types"]}
        numericColumns={types.map((_, i) => i + 1).concat(types.length + 1)}
        firstCellIsHeader
        rows={[
          ...districts.map((d) => [
            d.name,
            ...types.map((t) => String(at(d.id, t.id))),
            <strong key="t">{rowTotal(d.id)}</strong>,
          ]),
          [
            "All districts",
            ...types.map((t) => <strong key={t.id}>{colTotal(t.id)}</strong>),
            <strong key="all">{counts.reduce((s, c) => s + c.count, 0)}</strong>,
          ],
        ]}
      />
    </div>
  );
}

export default async function NeedsAnalysisPage() {
  const actor = await requirePageActor("read:needs-analysis:council", { role: "COMMISSIONER" });
  const analysis = await getNeedsAnalysis(actor);
  const { stats } = analysis;
  const byDistrict = statisticsTable(stats, { view: "district-age" })!;

  return (
    <>
      <PageHeading caption={actor.councilName}>Needs analysis</PageHeading>
      <p className="mb-4 max-w-[75ch] text-xl">
        What the register, the directory, contracts and feedback say about need in each district, on one page.
      </p>
      <p className="mb-6">Figures as of {formatDateTime(analysis.takenAt)}.</p>
      {can(actor, "create:specification:council") && (
        <div className="mb-8 bg-panel p-4 sm:p-6">
          <SectionHeading size="m">Start a specification from this</SectionHeading>
          <p className="mb-4 max-w-[75ch]">
            The new specification keeps a dated copy of these figures, so anyone can see what it was based on.
          </p>
          <ButtonLink href="/commissioner/specifications/new?from=needs-analysis">
            Start a specification from this
          </ButtonLink>
        </div>
      )}

      <p className="mb-8 max-w-[75ch]">
        Young commissioners rank the types of need by what matters most to them:{" "}
        <Link href="/commissioner/priorities">see their priorities, or open a round</Link>. A round&apos;s
        combined ranking can be attached to a draft specification, beside these figures.
      </p>

      <SectionHeading>Children on the register</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        Numbers from 1 to {stats.threshold - 1} are shown as &ldquo;fewer than {stats.threshold}&rdquo;.{" "}
        {stats.populationYear
          ? `Rates are per 1,000 children living in the district and age band, from ${stats.populationYear} population figures.`
          : "There are no population figures yet, so there are no rates."}
      </p>
      <SuppressionExplainer threshold={stats.threshold} />
      {byDistrict.withheld ? (
        <InsetText>
          There are too few children on the register to publish these figures without the risk of identifying
          a child.
        </InsetText>
      ) : (
        <>
          <StatisticsTableView table={byDistrict} measure="count" />
          <StatisticsTableView table={byDistrict} measure="rate" caption="Rates per district and age band" />
        </>
      )}

      <SectionHeading>Existing services</SectionHeading>
      <CrossTable
        caption="Published services by district and service type"
        counts={analysis.services}
        districts={stats.districts}
        serviceTypes={analysis.serviceTypes}
        emptyText="There are no published services in the directory yet."
      />

      <SectionHeading>Live contracts</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        A contract is live from its start date to its end date, unless it was ended early. A contract covering
        several districts counts in each.
      </p>
      <CrossTable
        caption="Live contracts by district and service type"
        counts={analysis.contracts}
        districts={stats.districts}
        serviceTypes={analysis.serviceTypes}
        emptyText="There are no live contracts."
      />

      <SectionHeading>Feedback by theme</SectionHeading>
      <Table
        caption="Feedback items tagged with each theme"
        head={["Theme", "Feedback items"]}
        numericColumns={[1]}
        firstCellIsHeader
        emptyText="There are no feedback themes yet."
        rows={analysis.feedbackByTheme.map((f) => [f.theme, String(f.count)])}
      />
    </>
  );
}
