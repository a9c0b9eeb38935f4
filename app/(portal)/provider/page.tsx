import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { PROVIDER_TILE_LINKS, getProviderDashboard } from "@/lib/data/dashboards/provider-dashboard";
import { listListingsDueForReview } from "@/lib/data/directory/list-listings-due-for-review";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { StatCard } from "@/components/ui/stat-card";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Provider" };

export default async function ProviderHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "PROVIDER" });
  const [d, listingsDue] = await Promise.all([getProviderDashboard(actor), listListingsDueForReview(actor)]);

  return (
    <>
      <PageHeading caption={actor.councilName}>Your organisation&apos;s to-do list</PageHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-3">
        <StatCard label="Current contracts" value={d.contracts} href={PROVIDER_TILE_LINKS.contracts} />
        <StatCard
          label="Contracts with a return queried by the council"
          value={d.queried}
          href={PROVIDER_TILE_LINKS.queried}
        />
        <StatCard
          label="Meeting actions overdue"
          value={d.overdueActions}
          href={PROVIDER_TILE_LINKS.overdueActions}
        />
        <StatCard
          label="Venue reviews waiting for your answers"
          value={d.reviewsToAnswer}
          href={PROVIDER_TILE_LINKS.reviewsToAnswer}
        />
      </div>

      <SectionHeading>Outcome returns to send</SectionHeading>
      {d.periodsToReturn.length === 0 ? (
        <p>All returns are sent. Well done.</p>
      ) : (
        <TaskList
          items={d.periodsToReturn.map((p) => ({
            title: `${p.contract.reference} ${p.contract.title}: ${p.label}`,
            hint: `Due ${formatCalendarDate(p.dueDate)}`,
            status: p.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="blue">Due</Tag>,
          }))}
        />
      )}

      <SectionHeading>Directory listings to review</SectionHeading>
      {listingsDue.length === 0 ? (
        <p>Every listing has been reviewed in the last six months.</p>
      ) : (
        <TaskList
          items={listingsDue.map((s) => ({
            title: s.name,
            href: route(`/provider/services/${s.id}`),
            hint: `Last reviewed ${formatDate(s.lastReviewedAt ?? s.createdAt)}`,
            status: <Tag colour="orange">Review due</Tag>,
          }))}
        />
      )}

      <SectionHeading>Announcements to acknowledge</SectionHeading>
      {d.announcements.length === 0 ? (
        <p>Nothing to acknowledge.</p>
      ) : (
        <TaskList
          items={d.announcements.map((a) => ({
            title: a.title,
            href: route(`/provider/announcements/${a.id}`),
            hint: `Published ${formatDate(a.publishedAt)}`,
            status: <Tag colour="orange">Not acknowledged</Tag>,
          }))}
        />
      )}

      <SectionHeading>Open opportunities</SectionHeading>
      {d.openTenders.length === 0 ? (
        <p>There are no open opportunities.</p>
      ) : (
        <TaskList
          items={d.openTenders.map((t) => ({
            title: t.title,
            hint: `Bids close ${formatDate(t.submissionDeadline)}`,
            status:
              t.bidStatus === "SUBMITTED" ? (
                <Tag colour="green">Bid submitted</Tag>
              ) : t.bidStatus === "DRAFT" ? (
                <Tag colour="yellow">Bid in draft</Tag>
              ) : (
                <Tag colour="grey">No bid</Tag>
              ),
          }))}
        />
      )}
    </>
  );
}
