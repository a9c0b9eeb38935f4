import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { TenderStatusTag } from "@/components/tenders/tender-status-tag";

export const metadata: Metadata = { title: "Tenders and contract awards" };

/** Public: the council's tenders once published, their criteria and weights, and awards. */
export default async function PublicTendersPage({ params }: PageProps<"/councils/[slug]/tenders">) {
  const { slug } = await params;
  const data = await listPublicTenders(slug);
  if (!data) notFound();
  return (
    <>
      <PageHeading caption={data.council.name}>Tenders and contract awards</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        Short breaks services the council is buying, or has bought. Providers sign in to ask questions and
        bid. Criteria and weights are fixed when a tender is published, and bids stay sealed until the
        deadline.
      </p>
      <p className="mb-6">
        <a href={`/api/ocds/${slug}/releases`} className="underline">
          Download as Open Contracting Data (OCDS 1.1 release package, JSON)
        </a>
      </p>
      <Table
        caption={`${data.tenders.length} ${data.tenders.length === 1 ? "tender" : "tenders"}`}
        head={[
          "Tender",
          "Service",
          "Status",
          "Submission deadline",
          "Estimated value",
          "Criteria",
          "Awarded to",
        ]}
        numericColumns={[4]}
        emptyText="The council has not published any tenders yet."
        rows={data.tenders.map((t) => [
          `${t.reference}: ${t.title}`,
          t.specificationVersion.specification.serviceType.name,
          <TenderStatusTag key="s" status={t.status} />,
          formatDateTime(t.submissionDeadline),
          formatMoney(t.estimatedValue),
          t.criteria.map((c) => `${c.title} ${c.weight}%`).join("; "),
          t.award && (t.award.status === "STANDSTILL" || t.award.status === "CONFIRMED")
            ? `${t.award.winningBid.organisation.name}${t.award.status === "STANDSTILL" ? " (standstill)" : ""}`
            : "–",
        ])}
      />
    </>
  );
}
