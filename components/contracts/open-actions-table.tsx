import Link from "next/link";
import type { listOpenMeetingActions } from "@/lib/data/contracts/meetings";
import { formatCalendarDate } from "@/lib/domain/dates";
import { Table } from "@/components/ui/table";
import { PageHeading } from "@/components/ui/heading";
import { TabNav } from "@/components/ui/tab-nav";
import { Pagination } from "@/components/ui/pagination";
import { ActionStatusTag } from "./contract-meetings";
import { route } from "@/lib/routes/route";

/** The two areas that see contracts: the council's and the provider's. */
export type ContractSide = "/commissioner" | "/provider";

/** Open meeting actions across contracts, each linking to its contract's meetings. */
export function OpenActionsTable({
  result,
  contractBase,
  today,
  overdueOnly,
}: {
  result: Awaited<ReturnType<typeof listOpenMeetingActions>>;
  contractBase: `${ContractSide}/contracts`;
  today: Date;
  overdueOnly: boolean;
}) {
  return (
    <Table
      caption={`${overdueOnly ? "Overdue actions" : "Open actions"}: ${result.total}`}
      head={["Action", "Owner", "Due", "State", "Contract"]}
      emptyText={overdueOnly ? "No actions are overdue." : "No actions are open."}
      rows={result.items.map((a) => [
        a.description,
        `${a.ownerName} (${a.ownerSide === "PROVIDER" ? a.meeting.contract.organisation.name : "council"})`,
        formatCalendarDate(a.dueDate),
        <ActionStatusTag key="s" action={a} today={today} />,
        <Link key="c" href={route(`${contractBase}/${a.meeting.contract.id}#meetings`)} className="underline">
          {a.meeting.contract.reference} {a.meeting.contract.title}
        </Link>,
      ])}
    />
  );
}

/** The body of a role's "actions from contract meetings" page: overdue or all open, paginated. */
export function MeetingActionsView({
  councilName,
  base,
  result,
  today,
  overdueOnly,
}: {
  councilName: string;
  /** The role's area. */
  base: ContractSide;
  result: Awaited<ReturnType<typeof listOpenMeetingActions>>;
  today: Date;
  overdueOnly: boolean;
}) {
  return (
    <>
      <PageHeading caption={councilName}>Actions from contract meetings</PageHeading>
      <TabNav
        label="Actions"
        items={[
          { href: route(`${base}/meeting-actions`), label: "Overdue", current: overdueOnly },
          { href: route(`${base}/meeting-actions?view=open`), label: "All open", current: !overdueOnly },
        ]}
      />
      <OpenActionsTable
        result={result}
        contractBase={`${base}/contracts`}
        today={today}
        overdueOnly={overdueOnly}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref={route(`${base}/meeting-actions`)}
        params={{ view: overdueOnly ? undefined : "open" }}
      />
    </>
  );
}
