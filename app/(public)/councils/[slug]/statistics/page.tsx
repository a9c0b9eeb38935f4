import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedRegisterStatistics } from "@/lib/data/register/get-published-register-statistics";
import { formatDateTime } from "@/lib/domain/dates";
import { statisticsTable } from "@/lib/domain/statistics-table";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { EasyRead } from "@/components/layout/easy-read";
import { StatisticsTableView } from "@/components/statistics/statistics-table-view";
import { SuppressionExplainer } from "@/components/statistics/suppression-explainer";

export const metadata: Metadata = { title: "Statistics from the register of disabled children" };

/** The council's published anonymous statistics: the same protected numbers its staff see. */
export default async function PublicStatisticsPage({ params }: PageProps<"/councils/[slug]/statistics">) {
  const { slug } = await params;
  const stats = await getPublishedRegisterStatistics(slug);
  if (!stats) notFound();
  const byAge = statisticsTable(stats, { view: "district-age" })!;
  const byNeed = statisticsTable(stats, { view: "district-need" })!;

  return (
    <>
      <PageHeading caption={stats.councilName}>Statistics from the register of disabled children</PageHeading>
      <EasyRead>
        These numbers show how many children are on the register. They do not show who the children are.
      </EasyRead>
      <p className="mb-4 max-w-[75ch] text-xl">
        How many children and young people are on the council&apos;s register of disabled children, by
        district, age band and type of need. The council uses these numbers to plan short breaks.
      </p>
      <p className="mb-6 max-w-[75ch]">
        Data as of {formatDateTime(stats.asOf)}. Numbers from 1 to {stats.threshold - 1} are shown as
        &ldquo;fewer than {stats.threshold}&rdquo;, and some others are hidden, so that no child can be
        identified.
      </p>
      <SuppressionExplainer threshold={stats.threshold} />

      <SectionHeading>By district and age band</SectionHeading>
      {byAge.withheld ? <Withheld /> : <StatisticsTableView table={byAge} />}

      <SectionHeading>By type of need</SectionHeading>
      <p className="mb-6 max-w-[75ch]">
        A child can have more than one type of need, so they are counted once under each of their needs.
      </p>
      {byNeed.withheld ? <Withheld /> : <StatisticsTableView table={byNeed} />}

      <p className="mb-6">
        <Link href={`/councils/${slug}/join-the-register`}>
          How to join the register, and how the numbers are used
        </Link>
      </p>
    </>
  );
}

function Withheld() {
  return (
    <InsetText>
      There are too few children on the register to publish this table without the risk of identifying a
      child.
    </InsetText>
  );
}
