import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getSocialWorkerDashboard } from "@/lib/data/dashboards/social-worker-dashboard";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { StatCard } from "@/components/ui/stat-card";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { AssessmentStatusTag } from "@/components/ras/assessment-status-tag";
import { route } from "@/lib/routes/route";
import { BUDGET_TYPE_LABEL } from "@/lib/schemas/budget";

export const metadata: Metadata = { title: "Social worker" };

function childName(c: { firstName: string | null; lastName: string | null }) {
  return [c.firstName, c.lastName].filter(Boolean).join(" ") || "Child (details erased)";
}

export default async function SocialWorkerHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "SOCIAL_WORKER" });
  const d = await getSocialWorkerDashboard(actor);

  return (
    <>
      <PageHeading caption={actor.councilName}>Assessments and personal budgets</PageHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StatCard
          label="Budgets with spend evidence to check"
          value={d.evidenceToCheck}
          href="/social-worker/budgets?evidence=waiting"
        />
        <StatCard
          label="Budgets at risk: no evidence of spend"
          value={d.budgetsAtRisk}
          detail={`Direct payments with no evidence sent in the last ${d.evidenceDeadlineDays} days`}
          href="/social-worker/budgets?evidence=at-risk"
        />
        <StatCard
          label="Budgets with a scheduled payment due"
          value={d.paymentsDue}
          href="/social-worker/budgets?payments=due"
        />
        <StatCard
          label="Budgets waiting for approval"
          value={d.budgetsProposed}
          href="/social-worker/budgets?status=PROPOSED"
        />
      </div>

      <p className="mb-6">
        <Link href="/social-worker/children">Find a child</Link> to open their record or start an assessment.
      </p>

      <SectionHeading>Assessments in progress</SectionHeading>
      {d.draftAssessments.length === 0 ? (
        <p>No assessments are in progress.</p>
      ) : (
        <TaskList
          items={d.draftAssessments.map((a) => ({
            title: childName(a.child),
            href: route(`/social-worker/assessments/${a.id}`),
            hint: `Last changed ${formatDate(a.updatedAt)}`,
            status: <AssessmentStatusTag status={a.status} />,
          }))}
        />
      )}

      <SectionHeading>Assessments waiting for approval</SectionHeading>
      {d.submittedAssessments.length === 0 ? (
        <p>No assessments are waiting for approval.</p>
      ) : (
        <TaskList
          items={d.submittedAssessments.map((a) => ({
            title: childName(a.child),
            href: route(`/social-worker/assessments/${a.id}`),
            hint: `${a.socialWorkerUserId === actor.userId ? "Yours, sent" : "Sent"} ${a.submittedAt ? formatDate(a.submittedAt) : ""}`,
            status: <AssessmentStatusTag status="SUBMITTED" />,
          }))}
        />
      )}

      <SectionHeading>Budget reviews due in the next month</SectionHeading>
      {d.reviewsDue.length === 0 ? (
        <p>No reviews are due.</p>
      ) : (
        <TaskList
          items={d.reviewsDue.map((r) => ({
            title: `${childName(r.personalBudget.child)}: ${BUDGET_TYPE_LABEL[r.personalBudget.type]}`,
            href: route(`/social-worker/budgets/${r.personalBudget.id}`),
            hint: `Due ${formatCalendarDate(r.dueDate)}`,
            status: r.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="blue">Due soon</Tag>,
          }))}
        />
      )}
    </>
  );
}
