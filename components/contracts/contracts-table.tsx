import Link from "next/link";
import type { listContracts } from "@/lib/data/contracts/list-contracts";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { Table } from "@/components/ui/table";
import { ContractStatusTag } from "./contract-status-tag";
import { RagTag } from "./rag-tag";
import { route } from "@/lib/routes/route";
import type { ContractSide } from "./open-actions-table";

/** A page of contracts, linking each to `${base}/${id}`. */
export function ContractsTable({
  result,
  base,
  today,
}: {
  result: Awaited<ReturnType<typeof listContracts>>;
  base: `${ContractSide}/contracts`;
  today: Date;
}) {
  return (
    <Table
      caption={`${result.total} ${result.total === 1 ? "contract" : "contracts"}`}
      head={["Reference", "Contract", "Provider", "Service type", "Annual value", "Ends", "Status", "RAG"]}
      numericColumns={[4]}
      emptyText="No contracts match."
      rows={result.items.map((c) => [
        c.reference,
        <Link key="l" href={route(`${base}/${c.id}`)} className="underline">
          {c.title}
        </Link>,
        c.organisation.name,
        c.serviceType.name,
        formatMoney(c.annualValue),
        formatCalendarDate(c.endDate),
        <ContractStatusTag key="s" contract={c} today={today} />,
        <RagTag key="r" rag={c.currentRag} />,
      ])}
    />
  );
}
