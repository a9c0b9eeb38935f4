import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getYoungCommissionerDashboard } from "@/lib/data/dashboards/young-commissioner-dashboard";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";
import { VenueReviewStatusTag } from "@/components/involvement/venue-review-status-tag";

export const metadata: Metadata = { title: "Young commissioner" };

export default async function YoungCommissionerHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "YOUNG_COMMISSIONER" });
  const { scoring, reviews, training } = await getYoungCommissionerDashboard(actor);

  return (
    <>
      <PageHeading caption={actor.councilName}>Hello, {actor.name}</PageHeading>
      <EasyRead>
        This page shows the jobs you have to do. You can score bids, visit places, say what matters most and
        see your training.
      </EasyRead>

      <SectionHeading>Bids to score</SectionHeading>
      {scoring.length === 0 ? (
        <p>You have no bids to score right now.</p>
      ) : (
        <TaskList
          items={scoring.map((s) => ({
            title: s.title,
            href: route(`/young-commissioner/panels/${s.tenderId}`),
            hint: `Finish by ${formatDate(s.dueBy)}. You have given ${s.done} of ${s.required} scores.`,
            status:
              s.done >= s.required && s.required > 0 ? (
                <Tag colour="green">Done</Tag>
              ) : (
                <Tag colour="blue">To do</Tag>
              ),
          }))}
        />
      )}

      <SectionHeading>Places to review</SectionHeading>
      {reviews.length === 0 ? (
        <p>You have no visits planned.</p>
      ) : (
        <TaskList
          items={reviews.map((r) => ({
            title: r.venueName,
            href: route(`/young-commissioner/reviews/${r.id}`),
            hint: r.plannedFor ? `Visit on ${formatCalendarDate(r.plannedFor)}` : undefined,
            status: <VenueReviewStatusTag status={r.status} easy />,
          }))}
        />
      )}

      <SectionHeading>What matters most</SectionHeading>
      <p className="mb-6">
        <Link href="/young-commissioner/priorities" className="text-lg font-bold underline">
          Put things in order
        </Link>
        : see how many children have each need, and tell the council what matters most to you.
      </p>

      <SectionHeading>Your training</SectionHeading>
      {training.length === 0 ? (
        <p>No training is recorded yet.</p>
      ) : (
        <ul className="list-disc pl-6">
          {training.map((t) => (
            <li key={t.id}>
              {t.course} – {formatCalendarDate(t.completedOn)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
