import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { listVenueReviews, venueReviewSummary } from "@/lib/data/involvement/list-venue-reviews";
import type { VenueReviewListView } from "@/lib/domain/involvement/venue-review";
import { venueReviewSearchSchema } from "@/lib/schemas/involvement";
import { formatCalendarDate } from "@/lib/domain/dates";
import { REVIEW_OUTCOME_LABEL } from "@/lib/domain/involvement/venue-review";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { StatCard } from "@/components/ui/stat-card";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Pagination } from "@/components/ui/pagination";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";

export const metadata: Metadata = { title: "Venue reviews" };

const VIEW_LABEL: Record<VenueReviewListView, string> = {
  "to-answer": "Waiting for the provider's answers",
  open: "Open reviews",
  closed: "Closed reviews",
  "overdue-response": "Provider answers overdue",
  "overdue-revisit": "Revisits overdue",
};

export default async function VenueReviewsPage({ searchParams }: PageProps<"/commissioner/venue-reviews">) {
  const actor = await requirePageActor("read:venue-review:council", { role: "COMMISSIONER" });
  const query = parseSearchParams(venueReviewSearchSchema, await searchParams);
  const [summary, reviews] = await Promise.all([
    venueReviewSummary(actor),
    listVenueReviews(actor, { ...query, organisationId: query.organisation }),
  ]);
  const viewHref = (v: VenueReviewListView) => route(`/commissioner/venue-reviews?view=${v}`);
  const providerName = query.organisation ? (reviews.items[0]?.organisation.name ?? "one provider") : null;
  return (
    <>
      <PageHeading caption={actor.councilName}>Venue reviews</PageHeading>
      <p className="mb-6 max-w-prose">
        Young commissioners visit services and venues, rate them with pictures and make recommendations. The
        provider answers each one, and the team goes back to see what changed.
      </p>
      {can(actor, "create:venue-review:council") && (
        <p className="mb-6">
          <Link href="/commissioner/venue-reviews/new" className="font-bold">
            Schedule a venue review
          </Link>
        </p>
      )}
      <div className="mb-8 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <StatCard label="Venues reviewed" value={summary.venues} />
        <StatCard label="Recommendations open" value={summary.open} />
        <StatCard label="Recommendations closed" value={summary.closed} />
        <StatCard
          label="Provider answers overdue"
          value={summary.overdueResponses}
          href={viewHref("overdue-response")}
        />
        <StatCard
          label="Revisits overdue"
          value={summary.overdueRevisits}
          href={viewHref("overdue-revisit")}
        />
      </div>
      {/* The recommendation counts are not links: the list below counts reviews, not recommendations. */}
      <nav aria-label="Which reviews to show" className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={viewHref("open")}>Open reviews</Link>
          </li>
          <li>
            <Link href={viewHref("closed")}>Closed reviews</Link>
          </li>
          <li>
            <Link href={viewHref("to-answer")}>Waiting for the provider</Link>
          </li>
        </ul>
      </nav>
      {(query.view || providerName) && (
        <p className="mb-4">
          Showing:{" "}
          <strong>
            {[query.view ? VIEW_LABEL[query.view] : null, providerName ? `reviews of ${providerName}` : null]
              .filter(Boolean)
              .join(", ")}
          </strong>
          . <Link href="/commissioner/venue-reviews">Show all reviews</Link>
        </p>
      )}
      <Table
        caption={`${reviews.total} ${reviews.total === 1 ? "review" : "reviews"}`}
        captionSize="s"
        head={["Venue", "Provider", "Visit", "Status", "Recommendations", "Next step"]}
        emptyText="No venue reviews here."
        rows={reviews.items.map((r) => [
          <Link key="v" href={route(`/commissioner/venue-reviews/${r.id}`)}>
            {r.venueName}
          </Link>,
          r.organisation.name,
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
              ? `${r.recommendations} (${r.unanswered} not answered)`
              : "",
          r.responseOverdueSince ? (
            <Tag key="n" colour="red">
              Answers overdue since {formatCalendarDate(r.responseOverdueSince)}
            </Tag>
          ) : r.revisitOverdueSince ? (
            <Tag key="n" colour="red">
              Revisit overdue since {formatCalendarDate(r.revisitOverdueSince)}
            </Tag>
          ) : r.status === "VISITED" && r.responseDueOn ? (
            `Answers due ${formatCalendarDate(r.responseDueOn)}`
          ) : r.status === "REVISIT_PLANNED" && r.revisitPlannedFor ? (
            `Revisit ${formatCalendarDate(r.revisitPlannedFor)}`
          ) : r.status === "PROVIDER_RESPONDED" ? (
            "Plan the revisit"
          ) : (
            ""
          ),
        ])}
      />
      <Pagination
        page={reviews.page}
        pageCount={reviews.pageCount}
        baseHref="/commissioner/venue-reviews"
        params={{
          ...(query.view ? { view: query.view } : {}),
          ...(query.organisation ? { organisation: query.organisation } : {}),
        }}
      />
    </>
  );
}
