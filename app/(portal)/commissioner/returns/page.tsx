import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listReturns } from "@/lib/data/contracts/list-returns";
import { RETURNS_VIEWS, returnsSearchSchema, type ReturnsView } from "@/lib/schemas/contract-search";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { formatCalendarDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { TabNav } from "@/components/ui/tab-nav";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Outcome returns" };

const VIEWS: Record<ReturnsView, { tab: string; caption: string; empty: string }> = {
  review: {
    tab: "To review",
    caption: "Returns submitted and waiting for you",
    empty: "No returns are waiting for review.",
  },
  overdue: {
    tab: "Overdue",
    caption: "Returns past their due date and not submitted",
    empty: "No returns are overdue.",
  },
  queried: {
    tab: "Queried",
    caption: "Returns you queried, waiting for the provider",
    empty: "No returns are waiting for a provider's answer.",
  },
};

export default async function ReturnsPage({ searchParams }: PageProps<"/commissioner/returns">) {
  const actor = await requirePageActor("read:return:council", { role: "COMMISSIONER" });
  const { view, page } = parseSearchParams(returnsSearchSchema, await searchParams);
  const result = await listReturns(actor, view, page);
  return (
    <>
      <PageHeading caption={actor.councilName}>Outcome returns</PageHeading>
      <TabNav
        label="Returns"
        items={RETURNS_VIEWS.map((v) => ({
          href: `/commissioner/returns?view=${v}`,
          label: `${VIEWS[v].tab} (${result.counts[v]})`,
          current: v === view,
        }))}
      />
      <Table
        caption={`${VIEWS[view].caption}: ${result.total}`}
        head={["Contract", "Provider", "Period", "Due", "State"]}
        emptyText={VIEWS[view].empty}
        rows={result.items.map((p) => [
          `${p.contract.reference} ${p.contract.title}`,
          p.contract.organisation.name,
          <Link
            key="l"
            href={`/commissioner/contracts/${p.contract.id}/returns/${p.id}`}
            className="underline"
          >
            {p.label}
          </Link>,
          formatCalendarDate(p.dueDate),
          view === "overdue" ? (
            <Tag key="t" colour="red">
              Overdue{p.outcomeReturn ? ", draft started" : ""}
            </Tag>
          ) : view === "queried" ? (
            <Tag key="t" colour="yellow">
              Queried
            </Tag>
          ) : (
            <Tag key="t" colour="blue">
              Submitted
              {p.outcomeReturn?.submittedAt ? ` ${formatCalendarDate(p.outcomeReturn.submittedAt)}` : ""}
            </Tag>
          ),
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/returns"
        params={{ view }}
      />
    </>
  );
}
