import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getVenueReview } from "@/lib/data/involvement/get-venue-review";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate } from "@/lib/domain/dates";
import { REVIEW_OUTCOME_LABEL } from "@/lib/domain/involvement/venue-review";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { ActionForm, FormDateInput, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";
import { VenueReviewPhotos } from "@/components/involvement/venue-review-photos";
import { RecommendationList, VenueRatings } from "@/components/involvement/venue-review-report";
import { respondToRecommendationAction } from "../actions";

export const metadata: Metadata = { title: "Venue review" };

export default async function ProviderVenueReviewPage({ params }: PageProps<"/provider/venue-reviews/[id]">) {
  const actor = await requirePageActor("read:venue-review:own", { role: "PROVIDER" });
  const { id } = await params;
  const r = await orNotFound(getVenueReview(actor, id));
  const mayAnswer =
    can(actor, "update:venue-review:own") && (r.status === "VISITED" || r.status === "PROVIDER_RESPONDED");
  return (
    <>
      <BackLink href="/provider/venue-reviews">Back to venue reviews</BackLink>
      <PageHeading caption={`Venue review · ${r.organisation.name}`}>{r.venueName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <VenueReviewStatusTag status={r.status} /> },
          ...(r.outcome ? [{ key: "Final status", value: REVIEW_OUTCOME_LABEL[r.outcome] }] : []),
          { key: "Visited", value: r.visitedOn ? formatCalendarDate(r.visitedOn) : "" },
          ...(r.responseDueOn && r.status === "VISITED"
            ? [{ key: "Answers due", value: formatCalendarDate(r.responseDueOn) }]
            : []),
          ...(r.revisitPlannedFor
            ? [{ key: "Revisit", value: formatCalendarDate(r.revisitPlannedFor) }]
            : []),
        ]}
      />
      <SectionHeading>Ratings</SectionHeading>
      <VenueRatings ratings={r.ratings} />
      <VenueReviewPhotos photos={r.photos} />
      <SectionHeading>What was good</SectionHeading>
      <p className="mb-8 max-w-prose whitespace-pre-line">{r.summary || "The team did not say."}</p>
      <SectionHeading>Recommendations</SectionHeading>
      <RecommendationList recommendations={r.recommendations}>
        {(rec, i) =>
          mayAnswer && (
            <ActionForm
              action={respondToRecommendationAction}
              fields={["decision", "plan", "plannedBy", "explanation"]}
              anchors={{ decision: `decision-${rec.id}-0`, plannedBy: `plannedBy-${rec.id}-day` }}
              submitLabel={
                <>
                  {rec.status === "OPEN" ? "Send answer" : "Change answer"}
                  <span className="sr-only"> to recommendation {i + 1}</span>
                </>
              }
            >
              <input type="hidden" name="reviewId" value={r.id} readOnly />
              <input type="hidden" name="recommendationId" value={rec.id} readOnly />
              <FormRadios
                name="decision"
                idPrefix={`decision-${rec.id}`}
                legend={`Your answer to recommendation ${i + 1}`}
                defaultValue={rec.status === "OPEN" ? undefined : rec.status}
                options={[
                  { value: "ACCEPTED", label: "We accept it" },
                  { value: "NOT_ACCEPTED", label: "We do not accept it" },
                ]}
              />
              <FormTextarea
                id={`plan-${rec.id}`}
                name="plan"
                label="If you accept it: what you will do"
                rows={3}
                defaultValue={rec.status === "ACCEPTED" ? (rec.providerResponse ?? "") : ""}
              />
              <FormDateInput
                id={`plannedBy-${rec.id}`}
                name="plannedBy"
                legend="If you accept it: the date it will be done by"
                legendSize="s"
              />
              <FormTextarea
                id={`explanation-${rec.id}`}
                name="explanation"
                label="If you do not accept it: why not"
                rows={3}
                defaultValue={rec.status === "NOT_ACCEPTED" ? (rec.providerResponse ?? "") : ""}
              />
            </ActionForm>
          )
        }
      </RecommendationList>
      {r.revisits.map((v) => (
        <section key={v.id} aria-labelledby={`revisit-${v.id}`}>
          <SectionHeading id={`revisit-${v.id}`}>Revisit on {formatCalendarDate(v.visitedOn)}</SectionHeading>
          <p className="mb-8 max-w-prose whitespace-pre-line">{v.summary}</p>
        </section>
      ))}
    </>
  );
}
