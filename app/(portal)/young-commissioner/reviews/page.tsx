import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Pagination } from "@/components/ui/pagination";
import { EasyRead } from "@/components/layout/easy-read";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";

export const metadata: Metadata = { title: "Your venue reviews" };

const searchSchema = z.object({ page: pageField });

/** A young commissioner's reviews, in Easy Read words. */
export default async function YoungReviewsPage({ searchParams }: PageProps<"/young-commissioner/reviews">) {
  const actor = await requirePageActor("read:venue-review:assigned", { role: "YOUNG_COMMISSIONER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const reviews = await listVenueReviews(actor, { page });
  return (
    <>
      <PageHeading caption={actor.councilName}>Your venue reviews</PageHeading>
      <EasyRead>
        You visit a place. You say what is good and what could be better. Then the people who run it answer
        you.
      </EasyRead>
      {reviews.items.length === 0 ? (
        <InsetText>You have no places to visit yet. The commissioner will ask you.</InsetText>
      ) : (
        <ul className="mb-6">
          {reviews.items.map((r) => (
            <li key={r.id} className="mb-4 border-l-4 border-border pl-4">
              <Link
                href={route(`/young-commissioner/reviews/${r.id}`)}
                className="text-lg font-bold underline"
              >
                {r.venueName}
              </Link>
              <p>
                <VenueReviewStatusTag status={r.status} easy />
              </p>
              <p>
                {r.status === "PLANNED" && r.plannedFor
                  ? `You visit on ${formatCalendarDate(r.plannedFor)}.`
                  : r.status === "REVISIT_PLANNED" && r.revisitPlannedFor
                    ? `You go back on ${formatCalendarDate(r.revisitPlannedFor)}.`
                    : r.visitedOn
                      ? `You visited on ${formatCalendarDate(r.visitedOn)}.`
                      : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={reviews.page} pageCount={reviews.pageCount} baseHref="/young-commissioner/reviews" />
    </>
  );
}
