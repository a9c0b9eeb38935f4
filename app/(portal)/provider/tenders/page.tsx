import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listProviderTenders } from "@/lib/data/tenders/bids";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { TenderStatusTag } from "@/components/tenders/tender-status-tag";

export const metadata: Metadata = { title: "Tenders" };

const BID_STATUS = { DRAFT: "Draft, not sent", SUBMITTED: "Submitted", WITHDRAWN: "Withdrawn" } as const;

export default async function ProviderTendersPage() {
  const actor = await requirePageActor("read:tender:own", { role: "PROVIDER" });
  const tenders = await listProviderTenders(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Tenders</PageHeading>
      <p className="mb-6">Open tenders from {actor.councilName}, and the ones your organisation bid for.</p>
      <Table
        caption={`${tenders.length} ${tenders.length === 1 ? "tender" : "tenders"}`}
        head={["Tender", "Status", "Submission deadline", "Estimated value", "Your bid"]}
        numericColumns={[3]}
        emptyText="There are no open tenders right now. You will get a notification when one is published."
        rows={tenders.map((t) => [
          <Link key="l" href={`/provider/tenders/${t.id}`} className="underline">
            {t.reference}: {t.title}
          </Link>,
          <TenderStatusTag key="s" status={t.status} />,
          formatDateTime(t.submissionDeadline),
          formatMoney(t.estimatedValue),
          t.bids[0]
            ? `${BID_STATUS[t.bids[0].status]}${t.bids[0].feedbackLetter ? "; letter ready" : ""}`
            : "Not started",
        ])}
      />
    </>
  );
}
