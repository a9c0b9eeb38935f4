import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import {
  COMMISSIONER_TILE_LINKS as LINKS,
  getCommissionerDashboard,
} from "@/lib/data/dashboards/commissioner-dashboard";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { StatCard } from "@/components/ui/stat-card";

export const metadata: Metadata = { title: "Commissioner" };

export default async function CommissionerHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "COMMISSIONER" });
  const d = await getCommissionerDashboard(actor);

  return (
    <>
      <PageHeading caption={actor.councilName}>Commissioning overview</PageHeading>
      <SectionHeading>Monitoring</SectionHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Outcome returns to review" value={d.returnsToReview} href={LINKS.returnsToReview} />
        <StatCard label="Returns overdue" value={d.overdueReturns} href={LINKS.overdueReturns} />
        <StatCard
          label="Contracts ending in the next 6 months"
          value={d.endingWithin6Months.count}
          href={LINKS.endingWithin6Months}
          detail={`${formatMoney(d.endingWithin6Months.annualValue)} a year`}
        />
        <StatCard label="Meeting actions overdue" value={d.overdueActions} href={LINKS.overdueActions} />
        <StatCard label="Current contracts at red" value={d.redContracts} href={LINKS.redContracts} />
      </div>
      <SectionHeading>Planning and buying</SectionHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label="Specifications awaiting approval" value={d.specsAwaiting} />
        <StatCard label="Tenders open for bids" value={d.tendersOpen} />
        <StatCard label="Tenders to evaluate" value={d.tendersToEvaluate} />
      </div>
      <SectionHeading>Hearing families</SectionHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard label="Feedback items without a theme" value={d.untaggedFeedback} />
      </div>
    </>
  );
}
