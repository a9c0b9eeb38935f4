import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getFamilyDashboard } from "@/lib/data/dashboards/family-dashboard";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";
import { BUDGET_TYPE_LABEL } from "@/lib/schemas/budget";

export const metadata: Metadata = { title: "Your family" };

const FEEDBACK_LABEL = {
  RECEIVED: "Received",
  IN_REVIEW: "Being looked at",
  ACTIONED: "Acted on",
  CLOSED: "Closed",
};

export default async function FamilyHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "FAMILY" });
  const { children, evidenceAwaiting, feedback } = await getFamilyDashboard(actor);
  const budgets = children.flatMap((c) =>
    c.budgets.map((b) => ({ ...b, child: c.firstName ?? "Your child" })),
  );

  return (
    <>
      <PageHeading caption={actor.councilName}>Hello, {actor.name}</PageHeading>
      <EasyRead>This page shows your children, their money for short breaks and what you told us.</EasyRead>

      <SectionHeading>Your children on the register</SectionHeading>
      {children.length === 0 ? (
        <p>
          You have not registered a child yet. <Link href="/family/register/child">Register a child</Link>
        </p>
      ) : (
        <TaskList
          items={children.map((c) => ({
            title: c.firstName ?? "Child",
            href: route(`/family/children/${c.id}`),
            status:
              c.status === "ACTIVE" ? (
                <Tag colour="green">On the register</Tag>
              ) : (
                <Tag colour="grey">Withdrawn</Tag>
              ),
          }))}
        />
      )}

      <SectionHeading>Personal budgets</SectionHeading>
      {budgets.length === 0 ? (
        <p>No personal budget is active for your children.</p>
      ) : (
        <TaskList
          items={budgets.map((b) => ({
            title: `${b.child}: ${BUDGET_TYPE_LABEL[b.type]} of ${formatMoney(b.annualAmount)} a year`,
            href: route(`/family/budgets/${b.id}`),
            hint: `Next review by ${formatCalendarDate(b.nextReviewDate)}`,
            status: <Tag colour="blue">Active</Tag>,
          }))}
        />
      )}
      {evidenceAwaiting > 0 && (
        <p>
          {evidenceAwaiting === 1
            ? "1 piece of spend evidence is waiting for the council to check it."
            : `${evidenceAwaiting} pieces of spend evidence are waiting for the council to check them.`}
        </p>
      )}

      <SectionHeading>What you told us</SectionHeading>
      {feedback.length === 0 ? (
        <p>You have not given feedback yet.</p>
      ) : (
        <TaskList
          items={feedback.map((f) => ({
            title: `Feedback ${f.receiptCode}`,
            href: route(`/family/feedback/${f.id}`),
            hint: `Sent ${formatDate(f.createdAt)}${f._count.actions ? " – the council has acted on it" : ""}`,
            status: <Tag colour={f.status === "ACTIONED" ? "green" : "grey"}>{FEEDBACK_LABEL[f.status]}</Tag>,
          }))}
        />
      )}
      <p className="mb-2">
        <Link href="/family/feedback/new">Give feedback</Link>
      </p>
      <p className="mb-2">
        <Link href="/family/feedback/child">Easy Read feedback form for your child</Link>
      </p>
      <p className="mt-8">
        <Link href="/notifications">See your notifications</Link>
      </p>
    </>
  );
}
