import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listContractsRegister, TRANSPARENCY_THRESHOLD } from "@/lib/data/public/contracts-register";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { TabNav } from "@/components/ui/tab-nav";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Contracts register" };

const searchSchema = z.object({
  view: z.enum(["current", "ended", "all"]).default("current"),
  page: pageField,
});

const VIEWS = { current: "Current", ended: "Ended", all: "All" } as const;

/** Public: the council's contracts over £5,000 with the Local Government Transparency Code's fields. */
export default async function ContractsRegisterPage({
  params,
  searchParams,
}: PageProps<"/councils/[slug]/contracts">) {
  const { slug } = await params;
  const { view, page } = parseSearchParams(searchSchema, await searchParams);
  const data = await listContractsRegister(slug, view, page);
  if (!data) notFound();
  const { council, result } = data;
  const base = route(`/councils/${council.slug}/contracts`);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { label: "Contracts register" },
        ]}
      />
      <PageHeading caption={council.name}>Contracts register</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        The council&apos;s short breaks contracts worth more than {formatMoney(TRANSPARENCY_THRESHOLD)}, with
        the details the Local Government Transparency Code asks councils to publish. Payments to families
        (personal budgets) are never published.
      </p>
      <p className="mb-6">
        <a href={`/api/transparency/${council.slug}/contracts.csv`} className="underline">
          Download every contract as CSV
        </a>{" "}
        or{" "}
        <a href={`/api/transparency/${council.slug}/contracts.xlsx`} className="underline">
          as a spreadsheet (XLSX)
        </a>
      </p>
      <TabNav
        label="Which contracts"
        items={(Object.keys(VIEWS) as (keyof typeof VIEWS)[]).map((v) => ({
          href: route(`/councils/${council.slug}/contracts?view=${v}`),
          label: VIEWS[v],
          current: v === view,
        }))}
      />
      <Table
        caption={`${result.total} ${result.total === 1 ? "contract" : "contracts"}`}
        emptyText={view === "current" ? "No current contracts are published." : "No contracts to show."}
        head={["Contract", "Supplier", "Dates", "Value", "How it was bought"]}
        numericColumns={[3]}
        rows={result.items.map((c) => [
          <div key="c">
            <p className="font-bold">{c.title}</p>
            <p className="text-base">
              {c.reference} · {c.description}
            </p>
          </div>,
          <div key="s">
            <p>{c.supplier}</p>
            <p className="text-base">
              {[
                c.companyNumber && `Company ${c.companyNumber}`,
                c.charityNumber && `Charity ${c.charityNumber}`,
              ]
                .filter(Boolean)
                .join(" · ") || "No registration number recorded"}
            </p>
            {(c.sme || c.vcs) && (
              <p className="mt-1 flex flex-wrap gap-1">
                {c.sme && <Tag colour="blue">Small or medium business</Tag>}
                {c.vcs && <Tag colour="green">Voluntary or community</Tag>}
              </p>
            )}
          </div>,
          <dl key="d" className="text-base">
            {(
              [
                ["Start", c.start],
                ["End", c.end],
                ["Review", c.review],
              ] as const
            ).map(([term, date]) => (
              <div key={term}>
                <dt className="inline font-bold">{term} </dt>
                <dd className="inline">{formatCalendarDate(date)}</dd>
              </div>
            ))}
          </dl>,
          <div key="v">
            <p>{formatMoney(c.totalValue)}</p>
            <p className="text-base">{formatMoney(c.annualValue)} a year</p>
          </div>,
          c.procurementRoute,
        ])}
      />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref={base} params={{ view }} />
    </>
  );
}
