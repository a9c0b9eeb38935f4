import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getVenueReview } from "@/lib/data/involvement/get-venue-review";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { REVIEW_OUTCOME_LABEL } from "@/lib/domain/involvement/venue-review";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { InsetText } from "@/components/ui/inset-text";
import { ActionForm, FormDateInput } from "@/components/forms/action-form";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";
import { VenueReviewPhotos } from "@/components/involvement/venue-review-photos";
import { RecommendationList, VenueRatings } from "@/components/involvement/venue-review-report";
import { scheduleRevisitAction } from "../actions";

export const metadata: Metadata = { title: "Venue review" };

const searchSchema = z.object({ scheduled: flagField("1") });

export default async function CommissionerVenueReviewPage({
  params,
  searchParams,
}: PageProps<"/commissioner/venue-reviews/[id]">) {
  const actor = await requirePageActor("read:venue-review:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(searchSchema, await searchParams);
  const r = await orNotFound(getVenueReview(actor, id));
  const mayPlanRevisit =
    can(actor, "update:venue-review:council") &&
    (r.status === "PROVIDER_RESPONDED" || r.status === "REVISIT_PLANNED");
  return (
    <>
      <BackLink href="/commissioner/venue-reviews">Back to venue reviews</BackLink>
      {query.scheduled && (
        <NotificationBanner type="success" title="Review scheduled">
          <p>The team has been told.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={`Venue review · ${r.organisation.name}`}>{r.venueName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <VenueReviewStatusTag status={r.status} /> },
          ...(r.outcome ? [{ key: "Final status", value: REVIEW_OUTCOME_LABEL[r.outcome] }] : []),
          { key: "Team", value: r.team.map((m) => m.name).join(", ") },
          { key: "Supported by", value: r.supportStaffName ?? "Not recorded" },
          {
            key: r.visitedOn ? "Visited" : "Visit planned",
            value: r.visitedOn
              ? formatCalendarDate(r.visitedOn)
              : r.plannedFor
                ? formatCalendarDate(r.plannedFor)
                : "Not set",
          },
          ...(r.submittedAt ? [{ key: "Report sent", value: formatDate(r.submittedAt) }] : []),
          ...(r.responseDueOn && r.status === "VISITED"
            ? [{ key: "Provider's answers due", value: formatCalendarDate(r.responseDueOn) }]
            : []),
          ...(r.revisitPlannedFor
            ? [{ key: "Revisit", value: formatCalendarDate(r.revisitPlannedFor) }]
            : []),
        ]}
      />
      {r.status === "PLANNED" ? (
        <InsetText>The team has not sent their review yet.</InsetText>
      ) : (
        <>
          <SectionHeading>Ratings</SectionHeading>
          <VenueRatings ratings={r.ratings} />
          <VenueReviewPhotos photos={r.photos} />
          <SectionHeading>What was good</SectionHeading>
          <p className="mb-8 max-w-prose whitespace-pre-line">{r.summary || "The team did not say."}</p>
          <SectionHeading>Recommendations</SectionHeading>
          <RecommendationList recommendations={r.recommendations} />
        </>
      )}
      {r.revisits.map((v) => (
        <section key={v.id} aria-labelledby={`revisit-${v.id}`}>
          <SectionHeading id={`revisit-${v.id}`}>Revisit on {formatCalendarDate(v.visitedOn)}</SectionHeading>
          <p className="mb-8 max-w-prose whitespace-pre-line">{v.summary}</p>
        </section>
      ))}
      {r.status === "VISITED" && (
        <InsetText>The revisit can be planned once the provider has answered every recommendation.</InsetText>
      )}
      {mayPlanRevisit && (
        <>
          <SectionHeading id="revisit">
            {r.status === "REVISIT_PLANNED" ? "Move the revisit" : "Plan the revisit"}
          </SectionHeading>
          <ActionForm
            action={scheduleRevisitAction}
            fields={["revisitOn"]}
            anchors={{ revisitOn: "revisitOn-day" }}
            submitLabel={r.status === "REVISIT_PLANNED" ? "Move the revisit" : "Plan the revisit"}
          >
            <input type="hidden" name="reviewId" value={r.id} readOnly />
            <FormDateInput
              id="revisitOn"
              name="revisitOn"
              legend="Revisit date"
              legendSize="s"
              hint="For example, 27 3 2027"
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
