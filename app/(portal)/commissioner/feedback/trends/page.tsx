import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getThemeCountsByMonth } from "@/lib/data/feedback/theme-counts-by-month";
import { monthLabel } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Table } from "@/components/ui/table";
import { ThemeMonthChart } from "@/components/feedback/theme-month-chart";

export const metadata: Metadata = { title: "Feedback themes by month" };

export default async function FeedbackTrendsPage() {
  const actor = await requirePageActor("read:feedback:council", { role: "COMMISSIONER" });
  const data = await getThemeCountsByMonth(actor);
  return (
    <>
      <BackLink href="/commissioner/feedback">Back to the feedback inbox</BackLink>
      <PageHeading caption={actor.councilName}>Feedback themes by month</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        How many feedback items were tagged with each theme, by the month the feedback was received, over the
        last 12 months. One item can have several themes.
      </p>
      <ThemeMonthChart data={data} />
      <Table
        caption="Feedback items by theme and month"
        head={["Theme", ...data.months.map(monthLabel), "Total"]}
        firstCellIsHeader
        numericColumns={data.months.map((_, i) => i + 1).concat(data.months.length + 1)}
        emptyText="No themes yet."
        rows={[
          ...data.rows.map((r) => [r.name, ...r.counts, r.total]),
          ["All feedback received", ...data.received, data.received.reduce((a, b) => a + b, 0)],
        ]}
      />
      {can(actor, "export:feedback:council") && (
        <p className="mb-6 flex gap-6">
          <a href="/commissioner/feedback/export?format=csv" download>
            Download as CSV
          </a>
          <a href="/commissioner/feedback/export?format=xlsx" download>
            Download as Excel (XLSX)
          </a>
        </p>
      )}
    </>
  );
}
