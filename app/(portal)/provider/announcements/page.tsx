import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listProviderAnnouncements } from "@/lib/data/announcements/provider-announcements";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { TaskList } from "@/components/ui/task-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Pagination } from "@/components/ui/pagination";
import { AnnouncementKindTag } from "@/components/announcements/announcement-kind-tag";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Announcements" };

export default async function ProviderAnnouncementsPage({
  searchParams,
}: PageProps<"/provider/announcements">) {
  const actor = await requirePageActor("read:announcement:own", { role: "PROVIDER" });
  const { page } = parseSearchParams(z.object({ page: pageField }), await searchParams);
  const d = await listProviderAnnouncements(actor, page);
  const href = (id: string) => route(`/provider/announcements/${id}`);
  return (
    <>
      <PageHeading caption={actor.councilName}>Announcements and provider forums</PageHeading>

      <SectionHeading size="m">Needs acknowledging</SectionHeading>
      {d.needsAcknowledging.length === 0 ? (
        <p className="mb-8">Your organisation has acknowledged everything the council asked it to.</p>
      ) : (
        <TaskList
          items={d.needsAcknowledging.map((a) => ({
            title: a.title,
            href: href(a.id),
            hint: `Published ${formatDate(a.publishedAt)}`,
            status: <Tag colour="orange">Needs acknowledging</Tag>,
          }))}
        />
      )}

      <SectionHeading size="m">Forums coming up</SectionHeading>
      {d.upcomingForums.length === 0 ? (
        <p className="mb-8">No provider forums are planned yet.</p>
      ) : (
        <TaskList
          items={d.upcomingForums.map((a) => ({
            title: a.title,
            href: href(a.id),
            hint: a.eventAt ? formatDateTime(a.eventAt) : undefined,
            status: <Tag colour="purple">Coming up</Tag>,
          }))}
        />
      )}

      <Table
        caption="Earlier announcements and past forums"
        head={["Title", "Kind", "Date", "Status"]}
        emptyText="Nothing else yet."
        rows={d.earlier.items.map((a) => [
          <Link key="l" href={href(a.id)} className="underline">
            {a.title}
          </Link>,
          <AnnouncementKindTag key="k" kind={a.kind} />,
          a.kind === "FORUM_EVENT" && a.eventAt
            ? `Forum on ${formatDate(a.eventAt)}`
            : `Published ${formatDate(a.publishedAt)}`,
          a.acknowledgedAt ? (
            <Tag key="s" colour="green">
              Acknowledged
            </Tag>
          ) : a.kind === "FORUM_EVENT" ? (
            "Held"
          ) : (
            "For information"
          ),
        ])}
      />
      <Pagination page={d.earlier.page} pageCount={d.earlier.pageCount} baseHref="/provider/announcements" />
    </>
  );
}
