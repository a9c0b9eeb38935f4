import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listOwnListings } from "@/lib/data/directory/list-own-listings";
import { formatDate } from "@/lib/domain/dates";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { route } from "@/lib/routes/route";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Your directory listings" };

const searchSchema = z.object({ page: pageField });

const STATUS = {
  DRAFT: <Tag colour="grey">Not published</Tag>,
  PUBLISHED: <Tag colour="green">Published</Tag>,
  ARCHIVED: <Tag colour="grey">Archived</Tag>,
} as const;

/** The provider's listings in the council's public directory, with what needs doing on each. */
export default async function ProviderListingsPage({ searchParams }: PageProps<"/provider/services">) {
  const actor = await requirePageActor("read:listing:own", { role: "PROVIDER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const result = await listOwnListings(actor, page);
  return (
    <>
      <PageHeading caption={actor.councilName}>Your directory listings</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        What families see about your services in {actor.councilName}&apos;s{" "}
        <Link href={route(`/councils/${actor.councilSlug}/directory`)}>short breaks directory</Link>. The
        council checks each change before it is published. Please confirm each listing is still correct at
        least every six months.
      </p>
      <p className="mb-6">
        <Link href="/provider/services/new" className={buttonClasses("secondary")}>
          Add a listing
        </Link>
      </p>
      <Table
        caption={`${result.total} ${result.total === 1 ? "listing" : "listings"}`}
        emptyText="You have no listings in this council's directory yet."
        head={["Listing", "Status", "Last reviewed"]}
        rows={result.items.map((s) => [
          <div key="n">
            <Link href={route(`/provider/services/${s.id}`)} className="font-bold">
              {s.name}
            </Link>
            <p className="text-base">{s.serviceType.name}</p>
          </div>,
          <div key="s" className="flex flex-wrap gap-1">
            {STATUS[s.status]}
            {s.pendingChange && <Tag colour="blue">Change awaiting the council</Tag>}
            {s.reviewDue && <Tag colour="orange">Review due</Tag>}
          </div>,
          formatDate(s.lastReviewedAt ?? s.createdAt),
        ])}
      />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/provider/services" />
    </>
  );
}
