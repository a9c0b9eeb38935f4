import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { venueReviewSearchSchema } from "@/lib/schemas/involvement";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Pagination } from "@/components/ui/pagination";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";

export const metadata: Metadata = { title: "Venue reviews" };

/** Reviews of the organisation's own services by young commissioners, once the team has sent them. */
export default async function ProviderVenueReviewsPage({
  searchParams,
}: PageProps<"/provider/venue-reviews">) {
  const actor = await requirePageActor("read:venue-review:own", { role: "PROVIDER" });
  const query = parseSearchParams(venueReviewSearchSchema, await searchParams);
  // Providers see their reviews whole, or those still waiting for their answers (the dashboard's link).
  const view = query.view === "to-answer" ? query.view : undefined;
  const reviews = await listVenueReviews(actor, { page: query.page, view });
  return (
    <>
      <PageHeading caption={actor.councilName}>Venue reviews</PageHeading>
      <p className="mb-6 max-w-prose">
        Young commissioners visited your services and made recommendations. Answer each one: accept it with a
        plan and a date, or explain why not. They will go back to see what changed.
      </p>
      {view && (
        <p className="mb-4">
          Showing reviews waiting for your answers.{" "}
          <Link href="/provider/venue-reviews">Show all reviews</Link>
        </p>
      )}
      <Table
        caption={`${reviews.total} ${reviews.total === 1 ? "review" : "reviews"}`}
        captionSize="s"
        head={["Venue", "Visited", "Status", "To answer"]}
        emptyText="No reviews of your services yet."
        rows={reviews.items.map((r) => [
          <Link key="v" href={route(`/provider/venue-reviews/${r.id}`)}>
            {r.venueName}
          </Link>,
          r.visitedOn ? formatCalendarDate(r.visitedOn) : "",
          <VenueReviewStatusTag key="s" status={r.status} />,
          r.responseOverdueSince ? (
            <Tag key="a" colour="red">
              {r.unanswered} overdue since {formatCalendarDate(r.responseOverdueSince)}
            </Tag>
          ) : r.status === "VISITED" && r.unanswered ? (
            `${r.unanswered} by ${r.responseDueOn ? formatCalendarDate(r.responseDueOn) : ""}`
          ) : (
            "None"
          ),
        ])}
      />
      <Pagination
        page={reviews.page}
        pageCount={reviews.pageCount}
        baseHref="/provider/venue-reviews"
        params={view ? { view } : undefined}
      />
    </>
  );
}
