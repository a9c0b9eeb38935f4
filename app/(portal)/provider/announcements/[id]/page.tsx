import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getProviderAnnouncement } from "@/lib/data/announcements/provider-announcements";
import { formatDateTime } from "@/lib/domain/dates";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { Table } from "@/components/ui/table";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm } from "@/components/forms/action-form";
import { KIND_LABEL, audienceLabel } from "@/components/announcements/announcement-kind-tag";
import { acknowledgeAnnouncementAction } from "../actions";

export const metadata: Metadata = { title: "Announcement" };

export default async function ProviderAnnouncementPage({
  params,
  searchParams,
}: PageProps<"/provider/announcements/[id]">) {
  const actor = await requirePageActor("read:announcement:own", { role: "PROVIDER" });
  const { id } = await params;
  const { acknowledged } = parseSearchParams(
    z.object({ acknowledged: flagField("1", "already") }),
    await searchParams,
  );
  const a = await orNotFound(getProviderAnnouncement(actor, id));
  const needsAcknowledging = a.kind === "ANNOUNCEMENT" && a.requiresAcknowledgement && !a.acknowledgedAt;

  return (
    <>
      <BackLink href="/provider/announcements">Back to announcements</BackLink>
      {acknowledged === "1" && a.acknowledgedAt && (
        <NotificationBanner type="success" title="Acknowledged">
          <p>Thank you. {a.organisationName} has acknowledged this announcement.</p>
        </NotificationBanner>
      )}
      {acknowledged === "already" && a.acknowledgedAt && (
        <NotificationBanner title="Already acknowledged">
          <p>
            {a.organisationName} had already acknowledged this on {formatDateTime(a.acknowledgedAt)}. There is
            nothing more to do.
          </p>
        </NotificationBanner>
      )}
      <PageHeading caption={`${KIND_LABEL[a.kind]} from ${actor.councilName}`}>{a.title}</PageHeading>
      <SummaryList
        rows={[
          { key: "For", value: audienceLabel(a.serviceType) },
          { key: "Published", value: formatDateTime(a.publishedAt) },
          ...(a.kind === "FORUM_EVENT"
            ? [{ key: "Forum date and time", value: a.eventAt ? formatDateTime(a.eventAt) : "Not set" }]
            : a.requiresAcknowledgement
              ? [
                  {
                    key: "Acknowledgement",
                    value: a.acknowledgedAt ? (
                      <>
                        <Tag colour="green">Acknowledged</Tag> on {formatDateTime(a.acknowledgedAt)}
                      </>
                    ) : (
                      <Tag colour="orange">Needs acknowledging</Tag>
                    ),
                  },
                ]
              : []),
        ]}
      />
      <div className="mb-8 max-w-prose whitespace-pre-line">{a.body}</div>

      {needsAcknowledging && (
        <>
          <SectionHeading size="m">Acknowledge it</SectionHeading>
          <p className="mb-4 max-w-prose">
            This tells the council that {a.organisationName} has read it and will act on it. One
            acknowledgement counts for your whole organisation.
          </p>
          <ActionForm
            action={acknowledgeAnnouncementAction}
            fields={["form"]}
            submitLabel={`Acknowledge on behalf of ${a.organisationName}`}
          >
            <input type="hidden" name="announcementId" value={a.id} readOnly />
          </ActionForm>
        </>
      )}

      {a.kind === "FORUM_EVENT" && a.attendance.length > 0 && (
        <Table
          caption={`${a.organisationName} at this forum`}
          head={["Attendee", "Attended"]}
          rows={a.attendance.map((r) => [r.attendeeName, r.attended ? "Yes" : "No"])}
        />
      )}
    </>
  );
}
