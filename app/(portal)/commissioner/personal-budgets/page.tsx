import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getBudgetSummary } from "@/lib/data/budgets/budget-summary";
import { formatMoney } from "@/lib/domain/money";
import type { SummaryCell } from "@/lib/domain/budgets/budget-summary";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";

export const metadata: Metadata = { title: "Personal budgets summary" };

export default async function BudgetSummaryPage() {
  const actor = await requirePageActor("read:budget-summary:council", { role: "COMMISSIONER" });
  const s = await getBudgetSummary(actor);
  const fewer = `fewer than ${s.threshold}`;
  const count = (c: SummaryCell) =>
    c.count !== null ? c.count.toLocaleString("en-GB") : c.status === "small" ? fewer : "hidden";
  const money = (c: SummaryCell) => (c.total !== null ? formatMoney(c.total) : "not shown");
  const rows = (labels: string[], cells: SummaryCell[]) => [
    ...labels.map((l, i) => [l, count(cells[i]), money(cells[i])]),
    ["All", count(s.table.all), money(s.table.all)],
  ];

  return (
    <>
      <PageHeading caption={actor.councilName}>Personal budgets summary</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        Running personal budgets, so you can see what families choose beside the services you commission.
        Counts below {s.threshold} are shown as &ldquo;{fewer}&rdquo;, and some others are hidden so that they
        cannot be worked out; a total of money is shown only where its count is.
      </p>
      {s.outsideTable > 0 && (
        <InsetText>
          {s.outsideTable} running {s.outsideTable === 1 ? "budget is" : "budgets are"} for a child with no
          district or outside the register&apos;s ages, and {s.outsideTable === 1 ? "is" : "are"} not in these
          tables.
        </InsetText>
      )}
      {s.table.withheld ? (
        <p className="mb-8">There are too few budgets to publish these tables safely.</p>
      ) : (
        <>
          <Table
            caption="By type of budget"
            head={["Type", "Budgets", "A year"]}
            numericColumns={[1, 2]}
            firstCellIsHeader
            rows={rows(s.types, s.table.byType)}
          />
          <Table
            caption="By district"
            head={["District", "Budgets", "A year"]}
            numericColumns={[1, 2]}
            firstCellIsHeader
            rows={rows(s.districts, s.table.byDistrict)}
          />
          <Table
            caption="By age"
            head={["Age", "Budgets", "A year"]}
            numericColumns={[1, 2]}
            firstCellIsHeader
            rows={rows(s.ageBands, s.table.byAgeBand)}
          />
        </>
      )}
      <SectionHeading size="m">Providers most chosen in support plans</SectionHeading>
      <Table
        caption="Approved providers in agreed plans of running budgets"
        captionSize="s"
        head={["Provider", "Plan items", "A year"]}
        numericColumns={[1, 2]}
        emptyText="No agreed plan names an approved provider yet."
        rows={s.providers.map((p) => [
          p.name,
          p.items !== null ? p.items.toLocaleString("en-GB") : fewer,
          p.total !== null ? formatMoney(p.total) : "not shown",
        ])}
      />
    </>
  );
}
