import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { flagField, idField, parseSearchParams } from "@/lib/schemas/search-params";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { route } from "@/lib/routes/route";
import { MAX_REVIEW_PHOTOS } from "@/lib/data/involvement/venue-review-photos";
import { getVenueReview } from "@/lib/data/involvement/get-venue-review";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate } from "@/lib/domain/dates";
import { REVIEW_AREAS, REVIEW_OUTCOME_LABEL } from "@/lib/domain/involvement/venue-review";
import { RECOMMENDATION_BOXES } from "@/lib/schemas/involvement";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { EasyRead } from "@/components/layout/easy-read";
import {
  ActionForm,
  FormDateInput,
  FormFileUpload,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { VenueReviewPhotos } from "@/components/involvement/venue-review-photos";
import { FormFaceScale } from "@/components/feedback/form-face-scale";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";
import { RecommendationList, VenueRatings } from "@/components/involvement/venue-review-report";
import {
  addVenueReviewPhotoAction,
  recordRevisitAction,
  removeVenueReviewPhotoAction,
  submitVenueReviewAction,
} from "../actions";

export const metadata: Metadata = { title: "Venue review" };

const searchSchema = z.object({
  sent: flagField("1"),
  closed: flagField("1"),
  photo: z.enum(["added", "removed"]).optional().catch(undefined),
  remove: idField,
});

const BOXES = Array.from({ length: RECOMMENDATION_BOXES }, (_, i) => `recommendation${i + 1}`);

/** A young commissioner's review: the Easy Read form with the picture scale, the answers, the revisit. */
export default async function YoungReviewPage({
  params,
  searchParams,
}: PageProps<"/young-commissioner/reviews/[id]">) {
  const actor = await requirePageActor("read:venue-review:assigned", { role: "YOUNG_COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(searchSchema, await searchParams);
  const r = await orNotFound(getVenueReview(actor, id));
  const mayWrite = can(actor, "update:venue-review:assigned");
  const { uploadLimitMb } = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { uploadLimitMb: true },
  });
  const here = route(`/young-commissioner/reviews/${r.id}`);
  const removing = r.status === "PLANNED" ? r.photos.find((p) => p.id === query.remove) : undefined;
  return (
    <>
      <BackLink href="/young-commissioner/reviews">Back to your reviews</BackLink>
      {query.sent && (
        <NotificationBanner type="success" title="Thank you">
          <p>Your review has been sent to the people who run the place.</p>
        </NotificationBanner>
      )}
      {query.closed && (
        <NotificationBanner type="success" title="Thank you">
          <p>You told us what changed. This review is finished.</p>
        </NotificationBanner>
      )}
      <PageHeading caption="Venue review">{r.venueName}</PageHeading>
      <p className="mb-4">
        <VenueReviewStatusTag status={r.status} easy />
      </p>
      <p className="mb-6 text-lg">
        Your team: {r.team.map((m) => m.name).join(", ")}.
        {r.supportStaffName ? ` ${r.supportStaffName} will help you.` : ""}
      </p>

      {r.status === "PLANNED" && mayWrite && (
        <>
          <p className="mb-4 text-lg">
            {r.plannedFor ? `You visit on ${formatCalendarDate(r.plannedFor)}. ` : ""}After your visit, fill
            in this form together.
          </p>
          <section aria-labelledby="photos" className="mb-8">
            <SectionHeading id="photos" size="m">
              Photos (you can skip this)
            </SectionHeading>
            {query.photo && (
              <NotificationBanner type="success" title="Done">
                <p>{query.photo === "added" ? "Your photo is added." : "The photo is taken away."}</p>
              </NotificationBanner>
            )}
            <EasyRead>
              Add photos before you send your review. Take photos of the place, not of people&apos;s faces.
              Say what each photo shows.
            </EasyRead>
            <VenueReviewPhotos
              photos={r.photos}
              action={(p) => (
                <Link href={route(`${here}?remove=${p.id}#confirm-remove`)}>
                  Take this photo away<span className="sr-only">: {p.caption}</span>
                </Link>
              )}
            />
            {removing && (
              <div id="confirm-remove" className="mb-8 border-4 border-error p-4">
                <h3 className="mb-2 text-xl font-bold">Take this photo away?</h3>
                <p className="mb-4">{removing.caption}</p>
                <ActionForm
                  action={removeVenueReviewPhotoAction}
                  fields={[]}
                  submitLabel="Yes, take it away"
                  submitVariant="warning"
                  after={<Link href={here}>No, keep it</Link>}
                >
                  <input type="hidden" name="reviewId" value={r.id} />
                  <input type="hidden" name="photoId" value={removing.id} />
                </ActionForm>
              </div>
            )}
            {r.photos.length < MAX_REVIEW_PHOTOS ? (
              <ActionForm
                action={addVenueReviewPhotoAction}
                fields={["photo", "caption"]}
                submitLabel="Add the photo"
              >
                <input type="hidden" name="reviewId" value={r.id} />
                <input type="hidden" name="submissionKey" value={randomUUID()} />
                <FormFileUpload
                  id="photo"
                  name="photo"
                  label="Photo"
                  hint={`A JPG, PNG or WebP picture, smaller than ${uploadLimitMb} MB.`}
                  accept="image/jpeg,image/png,image/webp"
                />
                <FormTextInput
                  id="caption"
                  name="caption"
                  label="What does the photo show?"
                  hint="For example: the ramp at the front door"
                />
              </ActionForm>
            ) : (
              <p className="mb-4 text-lg">
                You have {MAX_REVIEW_PHOTOS} photos. That is the most you can add.
              </p>
            )}
          </section>
          <EasyRead>
            Pick a face for each thing. You can skip a thing you did not see. Pick at least one face.
          </EasyRead>
          <ActionForm
            action={submitVenueReviewAction}
            fields={[
              "visitedOn",
              "ratings",
              ...REVIEW_AREAS.map((a) => `rating-${a.code}`),
              "whatWasGood",
              ...BOXES,
            ]}
            anchors={{
              visitedOn: "visitedOn-day",
              ratings: `rating-${REVIEW_AREAS[0].code}-0`,
              ...Object.fromEntries(REVIEW_AREAS.map((a) => [`rating-${a.code}`, `rating-${a.code}-0`])),
            }}
            submitLabel="Send our review"
          >
            <input type="hidden" name="reviewId" value={r.id} readOnly />
            <FormDateInput id="visitedOn" name="visitedOn" legend="What day did you visit?" legendSize="m" />
            {REVIEW_AREAS.map((a) => (
              <FormFaceScale key={a.code} name={`rating-${a.code}`} legend={a.easy} />
            ))}
            <FormTextarea id="whatWasGood" name="whatWasGood" label="What was good?" labelSize="m" rows={4} />
            <SectionHeading size="m">What could be better?</SectionHeading>
            <EasyRead>Write one idea in each box. You can leave boxes empty.</EasyRead>
            {BOXES.map((name, i) => (
              <FormTextarea key={name} id={name} name={name} label={`Idea ${i + 1}`} rows={2} />
            ))}
          </ActionForm>
        </>
      )}

      {r.status !== "PLANNED" && (
        <>
          <SectionHeading>What you said</SectionHeading>
          <VenueRatings ratings={r.ratings} easy />
          <VenueReviewPhotos photos={r.photos} />
          {r.summary && (
            <>
              <SectionHeading size="m">What was good</SectionHeading>
              <p className="mb-6 text-lg whitespace-pre-line">{r.summary}</p>
            </>
          )}
          <SectionHeading>Your ideas and the answers</SectionHeading>
          {r.status === "VISITED" && (
            <InsetText>
              The people who run the place will answer each idea. We will tell you when they do.
            </InsetText>
          )}
          <RecommendationList recommendations={r.recommendations} />
        </>
      )}

      {r.status === "REVISIT_PLANNED" && mayWrite && (
        <section aria-labelledby="revisit">
          <SectionHeading id="revisit">Going back</SectionHeading>
          <p className="mb-4 text-lg">
            {r.revisitPlannedFor ? `You go back on ${formatCalendarDate(r.revisitPlannedFor)}. ` : ""}Look at
            each idea again. Was it done?
          </p>
          <ActionForm
            action={recordRevisitAction}
            fields={["visitedOn", ...r.recommendations.map((x) => `outcome-${x.id}`), "summary"]}
            anchors={{
              visitedOn: "visitedOn-day",
              ...Object.fromEntries(r.recommendations.map((x) => [`outcome-${x.id}`, `outcome-${x.id}-0`])),
            }}
            submitLabel="Send what we found"
          >
            <input type="hidden" name="reviewId" value={r.id} readOnly />
            <FormDateInput
              id="visitedOn"
              name="visitedOn"
              legend="What day did you go back?"
              legendSize="m"
            />
            {r.recommendations.map((x, i) => (
              <div key={x.id} className="mb-6 border-l-4 border-border pl-4">
                <input type="hidden" name={`recommendation-${x.id}`} value="1" readOnly />
                <FormRadios
                  name={`outcome-${x.id}`}
                  legend={`Idea ${i + 1}: ${x.text}`}
                  options={[
                    { value: "DONE", label: "Done" },
                    { value: "PARTLY_DONE", label: "Partly done" },
                    { value: "NOT_DONE", label: "Not done" },
                  ]}
                />
                <FormTextarea
                  id={`note-${x.id}`}
                  name={`note-${x.id}`}
                  label="What did you see? (you can skip this)"
                  rows={2}
                />
              </div>
            ))}
            <FormTextarea
              id="summary"
              name="summary"
              label="What did you find when you went back?"
              labelSize="m"
              rows={4}
            />
          </ActionForm>
        </section>
      )}

      {r.status === "CLOSED" && (
        <InsetText>
          This review is finished{r.outcome ? `: ${REVIEW_OUTCOME_LABEL[r.outcome].toLowerCase()}` : ""}.
          Thank you.
        </InsetText>
      )}
    </>
  );
}
