import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getAnnouncement } from "@/lib/data/announcements/get-announcement";
import { flagField, idField, pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { formatDateTime } from "@/lib/domain/dates";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Pagination } from "@/components/ui/pagination";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";
import { ActionForm, FormRadios, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { KIND_LABEL, audienceLabel } from "@/components/announcements/announcement-kind-tag";
import { recordForumAttendanceAction, removeForumAttendanceAction } from "../actions";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Announcement" };

const searchSchema = z.object({
  page: pageField,
  /** The attendance record being removed (asks to confirm). */
  remove: idField,
  published: flagField("1"),
  removed: flagField("1"),
});

const organisations = (n: number) => `${n} ${n === 1 ? "organisation" : "organisations"}`;

export default async function CommissionerAnnouncementPage({
  params,
  searchParams,
}: PageProps<"/commissioner/forums/[id]">) {
  const actor = await requirePageActor("read:announcement:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(searchSchema, await searchParams);
  const page = query.page;
  const d = await orNotFound(getAnnouncement(actor, id, { page }));
  const a = d.announcement;
  const removing = d.attendance.find((r) => r.id === query.remove);
  const base = route(`/commissioner/forums/${a.id}`);
  const attendedCount = d.attendance.filter((r) => r.attended).length;

  return (
    <>
      <BackLink href="/commissioner/forums">Back to forums and announcements</BackLink>
      {query.published === "1" && (
        <NotificationBanner type="success" title="Published">
          <p>Published and sent to {organisations(d.audienceSize)}.</p>
        </NotificationBanner>
      )}
      {query.removed === "1" && (
        <NotificationBanner type="success" title="Removed">
          <p>The attendance record was removed.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={`${KIND_LABEL[a.kind]} · ${actor.councilName}`}>{a.title}</PageHeading>
      <SummaryList
        rows={[
          {
            key: "Audience",
            value: `${audienceLabel(a.serviceType)} (${organisations(d.audienceSize)} today)`,
          },
          { key: "Published", value: formatDateTime(a.publishedAt) },
          ...(a.kind === "FORUM_EVENT"
            ? [{ key: "Forum date and time", value: a.eventAt ? formatDateTime(a.eventAt) : "Not set" }]
            : [
                {
                  key: "Acknowledgement",
                  value: a.requiresAcknowledgement ? "Each organisation must acknowledge it" : "Not needed",
                },
              ]),
        ]}
      />
      <div className="mb-8 max-w-prose whitespace-pre-line">{a.body}</div>

      {a.requiresAcknowledgement && (
        <>
          <SectionHeading id="acknowledgements">Acknowledgements</SectionHeading>
          <p className="mb-4 font-bold">
            {d.acknowledgedCount} of {organisations(d.audienceSize)} acknowledged
          </p>
          <Table
            caption="Organisations it is for"
            captionSize="s"
            head={["Organisation", "Status", "Acknowledged by", "When"]}
            emptyText="No organisation is in this audience yet."
            rows={d.audience.items.map((o) => [
              o.name,
              o.acknowledgedAt ? (
                <Tag key="s" colour="green">
                  Acknowledged
                </Tag>
              ) : (
                <Tag key="s" colour="orange">
                  Not yet
                </Tag>
              ),
              o.acknowledgedAt ? (o.acknowledgedBy ?? "A member of staff") : "",
              o.acknowledgedAt ? formatDateTime(o.acknowledgedAt) : "",
            ])}
          />
          <Pagination page={d.audience.page} pageCount={d.audience.pageCount} baseHref={base} />
        </>
      )}

      {a.kind === "FORUM_EVENT" && (
        <>
          <SectionHeading id="attendance">Attendance</SectionHeading>
          {removing && (
            <div className="mb-8 border-l-4 border-error pl-4">
              <WarningText>
                Remove {removing.attendeeName} ({removing.organisationName}) from the attendance?
              </WarningText>
              <ActionForm
                action={removeForumAttendanceAction}
                fields={["form"]}
                submitLabel={`Yes, remove ${removing.attendeeName}`}
                submitVariant="warning"
              >
                <input type="hidden" name="announcementId" value={a.id} readOnly />
                <input type="hidden" name="attendanceId" value={removing.id} readOnly />
              </ActionForm>
              <p>
                <Link href={route(`/commissioner/forums/${a.id}#attendance`)}>Cancel, keep the record</Link>
              </p>
            </div>
          )}
          <Table
            caption={`${attendedCount} attended, ${d.attendance.length - attendedCount} did not`}
            captionSize="s"
            head={[
              "Organisation",
              "Attendee",
              "Attended",
              <span key="a" className="sr-only">
                Action
              </span>,
            ]}
            emptyText="No attendance recorded yet."
            rows={d.attendance.map((r) => [
              r.organisationName,
              r.attendeeName,
              r.attended ? "Yes" : "No",
              <Link key="r" href={route(`/commissioner/forums/${a.id}?remove=${r.id}#attendance`)}>
                Remove<span className="sr-only"> {r.attendeeName}</span>
              </Link>,
            ])}
          />
          <SectionHeading size="m">Record attendance</SectionHeading>
          <ActionForm
            action={recordForumAttendanceAction}
            fields={["organisationId", "attendeeName", "attended"]}
            anchors={{ attended: "attended-0" }}
            submitLabel="Record attendance"
          >
            <input type="hidden" name="announcementId" value={a.id} readOnly />
            <FormSelect
              id="organisationId"
              name="organisationId"
              label="Organisation"
              defaultValue=""
              options={[
                { value: "", label: "Choose an organisation" },
                ...d.audienceOptions.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
            <FormTextInput id="attendeeName" name="attendeeName" label="Attendee's name" width="20" />
            <FormRadios
              name="attended"
              legend="Did they attend?"
              inline
              defaultValue="yes"
              options={[
                { value: "yes", label: "Yes" },
                { value: "no", label: "No, they sent apologies or did not come" },
              ]}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
