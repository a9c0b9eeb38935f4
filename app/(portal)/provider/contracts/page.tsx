import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { pageParam } from "@/lib/data/paging";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { ContractsTable } from "@/components/contracts/contracts-table";

export const metadata: Metadata = { title: "Your contracts" };

export default async function ProviderContractsPage({ searchParams }: PageProps<"/provider/contracts">) {
  const actor = await requirePageActor("read:contract:own", { role: "PROVIDER" });
  const page = pageParam((await searchParams).page);
  const result = await listContracts(actor, { page });
  return (
    <>
      <PageHeading caption={actor.councilName}>Your contracts</PageHeading>
      <ContractsTable result={result} base="/provider/contracts" today={new Date()} />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/provider/contracts" />
    </>
  );
}
