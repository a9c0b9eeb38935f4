import Link from "next/link";
import type { Route } from "next";
import type { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { formatCalendarDate } from "@/lib/domain/dates";
import { REVIEW_OUTCOME_LABEL } from "@/lib/domain/involvement/venue-review";
import { SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { VenueReviewStatusTag } from "./venue-review-status-tag";

type Reviews = Awaited<ReturnType<typeof listVenueReviews>>;

/**
 * Young commissioners' reviews of one provider's or one service's venues, on the pages where
 * commissioners and providers look at that provider, service or contract: the first few, with a
 * link to the rest.
 */
export function VenueReviewsPanel({
  reviews,
  hrefOf,
  allHref,
  emptyText,
  heading = "Venue reviews by young commissioners",
}: {
  reviews: Reviews;
  hrefOf: (id: string) => Route;
  allHref?: Route;
  emptyText: string;
  heading?: string;
}) {
  return (
    <section aria-labelledby="venue-reviews" className="mb-8">
      <SectionHeading id="venue-reviews" size="m">
        {heading}
      </SectionHeading>
      <Table
        caption={`${reviews.total} ${reviews.total === 1 ? "review" : "reviews"}`}
        captionSize="s"
        head={["Venue", "Visit", "Status", "Recommendations"]}
        emptyText={emptyText}
        rows={reviews.items.map((r) => [
          <Link key="v" href={hrefOf(r.id)}>
            {r.venueName}
          </Link>,
          r.visitedOn
            ? formatCalendarDate(r.visitedOn)
            : r.plannedFor
              ? `Planned ${formatCalendarDate(r.plannedFor)}`
              : "",
          <VenueReviewStatusTag key="s" status={r.status} />,
          r.status === "CLOSED"
            ? r.outcome
              ? REVIEW_OUTCOME_LABEL[r.outcome]
              : ""
            : r.recommendations
              ? `${r.recommendations}: ${r.unanswered} not answered, ${r.done} done`
              : "",
        ])}
      />
      {allHref && reviews.total > reviews.items.length && (
        <p>
          <Link href={allHref}>See all {reviews.total} reviews</Link>
        </p>
      )}
    </section>
  );
}
