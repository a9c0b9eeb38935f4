import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listListingRevisions } from "@/lib/data/directory/list-listing-revisions";
import { formatDate } from "@/lib/domain/dates";
import { flagField, pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Directory changes to review" };

const searchSchema = z.object({ decided: flagField("approved", "rejected"), page: pageField });

/** The council's queue of providers' new listings and listing changes, oldest first. */
export default async function ListingRevisionsPage({ searchParams }: PageProps<"/commissioner/listings">) {
  const actor = await requirePageActor("read:listing:council", { role: "COMMISSIONER" });
  const { decided, page } = parseSearchParams(searchSchema, await searchParams);
  const result = await listListingRevisions(actor, page);
  return (
    <>
      {decided && (
        <NotificationBanner type="success">
          {decided === "approved"
            ? "Approved. The public directory now shows the change."
            : "Rejected. The provider has been told why."}
        </NotificationBanner>
      )}
      <PageHeading caption={actor.councilName}>Directory changes to review</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Providers&apos; new listings and changes to their listings. Nothing here is public until you approve
        it.
      </p>
      <Table
        caption={`${result.total} waiting`}
        emptyText="Nothing is waiting for review."
        head={["Listing", "Provider", "Sent"]}
        rows={result.items.map((r) => [
          <div key="l">
            <Link href={route(`/commissioner/listings/${r.id}`)} className="font-bold">
              {r.service.name}
            </Link>{" "}
            {r.isNewListing ? <Tag colour="purple">New listing</Tag> : <Tag colour="blue">Change</Tag>}
          </div>,
          r.service.organisation.name,
          formatDate(r.createdAt),
        ])}
      />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/commissioner/listings" />
    </>
  );
}
