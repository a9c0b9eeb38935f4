import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { VenueReviewsPanel } from "@/components/involvement/venue-reviews-panel";
import { requirePageActor } from "@/lib/auth/session";
import { getOwnListing } from "@/lib/data/directory/get-own-listing";
import { ACCESSIBILITY_LABELS } from "@/lib/domain/directory";
import { formatDate } from "@/lib/domain/dates";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { route } from "@/lib/routes/route";
import { ActionForm } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { WarningText } from "@/components/ui/warning-text";
import { confirmListingAction } from "../actions";

export const metadata: Metadata = { title: "Directory listing" };

const searchSchema = z.object({ sent: flagField("new", "change", "confirmed") });

const SENT = {
  new: "Your new listing has been sent to the council. It will be published once they approve it.",
  change: "Your change has been sent to the council. The directory shows it once they approve it.",
  confirmed: "Thank you. The listing now shows today as the date it was last reviewed.",
} as const;

/** One of the provider's listings: as it is published, what is waiting for the council, and what to do. */
export default async function ProviderListingPage({
  params,
  searchParams,
}: PageProps<"/provider/services/[id]">) {
  const actor = await requirePageActor("read:listing:own", { role: "PROVIDER" });
  const { id } = await params;
  const { sent } = parseSearchParams(searchSchema, await searchParams);
  const s = await getOwnListing(actor, id);
  if (!s) notFound();
  const venueReviews = can(actor, "read:venue-review:own")
    ? await listVenueReviews(actor, { page: 1, serviceId: s.id, pageSize: 5 })
    : null;
  const l = s.listing;

  return (
    <>
      <BackLink href="/provider/services">Your directory listings</BackLink>
      {sent && <NotificationBanner type="success">{SENT[sent]}</NotificationBanner>}
      <PageHeading caption="Directory listing">{l.name}</PageHeading>
      <p className="mb-4 flex flex-wrap gap-2">
        {s.status === "PUBLISHED" ? (
          <Tag colour="green">Published</Tag>
        ) : s.status === "DRAFT" ? (
          <Tag colour="grey">Not published</Tag>
        ) : (
          <Tag colour="grey">Archived</Tag>
        )}
        {s.pending && <Tag colour="blue">Change awaiting the council</Tag>}
        {s.reviewDue && <Tag colour="orange">Review due</Tag>}
      </p>
      <p className="mb-6">Last reviewed {formatDate(s.lastReviewedAt ?? s.createdAt)}.</p>
      {s.reviewDue && (
        <WarningText>
          This listing has not been reviewed for six months. Check it is still correct, then confirm it or
          propose a change.
        </WarningText>
      )}
      <div className="mb-8 flex flex-wrap items-start gap-4">
        {s.status !== "ARCHIVED" && !s.pending && (
          <Link href={route(`/provider/services/${s.id}/edit`)} className={buttonClasses("secondary")}>
            Propose a change
          </Link>
        )}
        {s.status === "PUBLISHED" && (
          <ActionForm
            action={confirmListingAction}
            fields={["form"]}
            submitLabel="Confirm it is still correct"
          >
            <input type="hidden" name="serviceId" value={s.id} readOnly />
          </ActionForm>
        )}
        {s.status === "PUBLISHED" && (
          <Link
            href={route(`/councils/${actor.councilSlug}/directory/services/${s.id}`)}
            className="self-center"
          >
            See it in the public directory
          </Link>
        )}
      </div>

      <SectionHeading size="m">{s.status === "PUBLISHED" ? "As published" : "As sent"}</SectionHeading>
      <SummaryList
        rows={[
          { key: "Description", value: <span className="whitespace-pre-line">{l.description}</span> },
          { key: "Who can use it", value: l.eligibility ?? "Not given" },
          { key: "Ages", value: `${l.ageMin} to ${l.ageMax}` },
          { key: "Free to families", value: l.isFree ? "Yes" : "No" },
          { key: "What it costs", value: l.costInfo ?? "Not given" },
          {
            key: "Accessibility",
            value: l.accessibility.map((f) => ACCESSIBILITY_LABELS[f]).join(", ") || "None listed",
          },
          { key: "Venue", value: [l.venue, l.address, l.postcode].filter(Boolean).join(", ") || "Not given" },
          { key: "Contact", value: [l.phone, l.email, l.url].filter(Boolean).join(" · ") || "Not given" },
        ]}
      />

      {s.decided.length > 0 && (
        <>
          <SectionHeading size="m">Decisions on your changes</SectionHeading>
          <ul className="mb-8">
            {s.decided.map((r) => (
              <li key={r.id} className="border-t border-border py-3">
                <p>
                  {r.status === "APPROVED" ? (
                    <Tag colour="green">Approved</Tag>
                  ) : (
                    <Tag colour="red">Not approved</Tag>
                  )}{" "}
                  {r.isNewListing ? "New listing" : "Change"} sent {formatDate(r.createdAt)}
                  {r.decidedAt ? `, decided ${formatDate(r.decidedAt)}` : ""}
                </p>
                {r.reason && <p className="mt-1">Council&apos;s reason: {r.reason}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {venueReviews && (
        <VenueReviewsPanel
          reviews={venueReviews}
          heading="Venue reviews of this service by young commissioners"
          hrefOf={(r) => route(`/provider/venue-reviews/${r}`)}
          allHref="/provider/venue-reviews"
          emptyText="Young commissioners have not sent a review of this service."
        />
      )}
    </>
  );
}
