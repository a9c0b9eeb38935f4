import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getRegisterStatistics } from "@/lib/data/register/get-register-statistics";
import { AGE_BANDS } from "@/lib/domain/age-band";
import { formatDateTime } from "@/lib/domain/dates";
import {
  STATISTICS_VIEWS,
  STATISTICS_VIEW_LABEL,
  statisticsTable,
  type StatisticsQuery,
} from "@/lib/domain/statistics-table";
import { searchParamsRecord } from "@/lib/schemas/fields";
import { statisticsQuerySchema } from "@/lib/schemas/statistics-query";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Button } from "@/components/ui/button";
import { Radios, Select } from "@/components/ui/field";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { StatisticsBarChart } from "@/components/statistics/statistics-bar-chart";
import { StatisticsTableView } from "@/components/statistics/statistics-table-view";
import { SuppressionExplainer } from "@/components/statistics/suppression-explainer";

export const metadata: Metadata = { title: "Needs statistics" };

export default async function StatisticsPage({ searchParams }: PageProps<"/commissioner/statistics">) {
  const actor = await requirePageActor("read:statistics:council", { role: "COMMISSIONER" });
  const parsed = statisticsQuerySchema.safeParse(searchParamsRecord(await searchParams));
  const params = parsed.success ? parsed.data : statisticsQuerySchema.parse({});
  const stats = await getRegisterStatistics(actor);

  // Filters that name nothing in this council are dropped (they can only come from an edited link).
  const query: StatisticsQuery = {
    view: params.view,
    districtId: stats.districts.some((d) => d.id === params.district) ? params.district : undefined,
    needTypeId: stats.needTypes.some((n) => n.id === params.need) ? params.need : undefined,
    ageBand: params.ageBand,
  };
  const table = statisticsTable(stats, query)!;
  const linkParams = new URLSearchParams(
    Object.entries({
      view: query.view,
      district: query.districtId,
      need: query.needTypeId,
      ageBand: query.ageBand,
    }).filter((e): e is [string, string] => !!e[1]),
  );
  const notUsed =
    !parsed.success || (params.district && !query.districtId) || (params.need && !query.needTypeId);

  return (
    <>
      <PageHeading caption={actor.councilName}>Needs statistics</PageHeading>
      <p className="mb-4 max-w-[75ch] text-xl">
        Anonymous counts of the children and young people on the register of disabled children, by district,
        age band and type of need.
      </p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>Data as of {formatDateTime(stats.asOf)} (ages on that day).</li>
        <li>
          Numbers from 1 to {stats.threshold - 1} are shown as &ldquo;fewer than {stats.threshold}&rdquo;
          (your council&apos;s threshold is {stats.threshold}).
        </li>
        <li>
          {stats.populationYear
            ? `Rates are per 1,000 children living in the district and age band, from ${stats.populationYear} population figures.`
            : "There are no population figures yet, so there are no rates."}
        </li>
      </ul>
      <SuppressionExplainer threshold={stats.threshold} />

      {notUsed && (
        <NotificationBanner title="Some choices were not used">
          <p>The link asked for something we could not show, so those choices were left out.</p>
        </NotificationBanner>
      )}

      <form method="get" className="mb-8 bg-panel p-4 sm:p-6">
        <SectionHeading size="m">Choose a table</SectionHeading>
        <div className="grid gap-x-8 sm:grid-cols-2">
          <Radios
            name="view"
            legend="Table"
            legendSize="s"
            defaultValue={query.view}
            options={STATISTICS_VIEWS.map((v) => ({ value: v, label: STATISTICS_VIEW_LABEL[v] }))}
          />
          <Radios
            name="measure"
            legend="Show"
            legendSize="s"
            defaultValue={params.measure}
            options={[
              { value: "count", label: "Number of children" },
              { value: "rate", label: "Rate per 1,000 children" },
            ]}
          />
        </div>
        <div className="grid gap-x-6 sm:grid-cols-3">
          <Select
            id="district"
            name="district"
            label="District"
            defaultValue={query.districtId ?? ""}
            options={[
              { value: "", label: "All districts" },
              ...stats.districts.map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <Select
            id="need"
            name="need"
            label="Type of need"
            defaultValue={query.needTypeId ?? ""}
            options={[
              { value: "", label: "All types of need" },
              ...stats.needTypes.map((n) => ({ value: n.id, label: n.name })),
            ]}
          />
          <Select
            id="ageBand"
            name="ageBand"
            label="Age band"
            defaultValue={query.ageBand ?? ""}
            options={[
              { value: "", label: "All ages" },
              ...AGE_BANDS.map((b) => ({ value: b.band, label: b.label })),
            ]}
          />
        </div>
        <Button variant="secondary">Show statistics</Button>
      </form>

      <SectionHeading>{table.title}</SectionHeading>
      {table.countsNeeds && (
        <p className="mb-6 max-w-[75ch]">
          A child can have more than one type of need, so they are counted once under each of their needs.
          &ldquo;All types of need&rdquo; counts needs, not children.
        </p>
      )}
      {table.withheld ? (
        <InsetText>
          There are too few children on the register to publish this table without the risk of identifying a
          child. Try a table by district and age band.
        </InsetText>
      ) : (
        <>
          <StatisticsBarChart table={table} measure={params.measure} />
          <StatisticsTableView table={table} measure={params.measure} />
          <SectionHeading size="m">Download this table</SectionHeading>
          <p className="mb-2 max-w-[75ch]">
            Downloads have the same protected numbers as this page, with both the counts and the rates.
          </p>
          <ul className="mb-8 list-disc space-y-1 pl-6">
            <li>
              <a href={`/commissioner/statistics/export?${linkParams}&format=csv`} download>
                Download as CSV (comma-separated values)
              </a>
            </li>
            <li>
              <a href={`/commissioner/statistics/export?${linkParams}&format=xlsx`} download>
                Download as an Excel spreadsheet (XLSX)
              </a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
