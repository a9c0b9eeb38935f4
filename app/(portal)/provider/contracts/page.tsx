import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { providerContractListSearchSchema } from "@/lib/schemas/contract-search";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { TabNav } from "@/components/ui/tab-nav";
import { ContractsTable } from "@/components/contracts/contracts-table";

export const metadata: Metadata = { title: "Your contracts" };

export default async function ProviderContractsPage({ searchParams }: PageProps<"/provider/contracts">) {
  const actor = await requirePageActor("read:contract:own", { role: "PROVIDER" });
  const query = parseSearchParams(providerContractListSearchSchema, await searchParams);
  const current = query.current === "1";
  const queried = query.queried === "1";
  const result = await listContracts(actor, { current, queried, page: query.page });
  return (
    <>
      <PageHeading caption={actor.councilName}>Your contracts</PageHeading>
      <TabNav
        label="Contracts"
        items={[
          { href: "/provider/contracts", label: "All", current: !current && !queried },
          { href: "/provider/contracts?current=1", label: "Current", current: current && !queried },
          {
            href: "/provider/contracts?queried=1",
            label: "With a queried return",
            current: queried && !current,
          },
        ]}
      />
      <ContractsTable result={result} base="/provider/contracts" today={new Date()} />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/provider/contracts"
        params={{ current: query.current, queried: query.queried }}
      />
    </>
  );
}
