import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getBudget } from "@/lib/data/budgets/get-budget";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { planTotal } from "@/lib/domain/budgets/budget-balance";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { SummaryList } from "@/components/ui/summary-list";
import { ButtonLink } from "@/components/ui/button";
import { route } from "@/lib/routes/route";
import {
  BudgetMoney,
  BudgetStatusTag,
  EvidenceTable,
  PaymentsTable,
  PlanItemsTable,
  budgetTypeLabel,
  childName,
} from "@/components/budgets/budget-parts";

export const metadata: Metadata = { title: "Personal budget" };

/** A family's view of one child's budget: the same figures the social worker sees. */
export default async function FamilyBudgetPage({ params }: PageProps<"/family/budgets/[id]">) {
  const actor = await requirePageActor("read:budget:own", { role: "FAMILY" });
  const { id } = await params;
  const b = await orNotFound(getBudget(actor, id));
  const plan = b.agreedPlan;

  return (
    <>
      <BackLink href="/family">Back to your family&apos;s page</BackLink>
      <PageHeading caption={budgetTypeLabel(b.type)}>{childName(b.child)}&apos;s personal budget</PageHeading>
      <EasyRead>
        This is the money for {b.child.firstName ?? "your child"}&apos;s short breaks. It shows how much there
        is, what it pays for and how much is left.
      </EasyRead>
      <SummaryList
        rows={[
          { key: "Status", value: <BudgetStatusTag status={b.status} /> },
          { key: "Runs", value: `${formatCalendarDate(b.startDate)} to ${formatCalendarDate(b.endDate)}` },
          { key: "Next review", value: formatCalendarDate(b.nextReviewDate) },
        ]}
      />

      <SectionHeading size="m">Money</SectionHeading>
      <EasyRead>The balance is the money left after the spending the council has checked.</EasyRead>
      <BudgetMoney budget={b} />

      <SectionHeading size="m">Support plan</SectionHeading>
      {plan ? (
        <>
          <p className="mb-4">
            Agreed {plan.agreedAt ? formatDate(plan.agreedAt) : ""}. It costs{" "}
            {formatMoney(planTotal(plan.items, b.annualAmount).total)} a year.
          </p>
          <h3 className="mb-2 text-xl font-bold">What the support is for</h3>
          <p className="mb-6 max-w-[75ch] whitespace-pre-line">{plan.outcomes}</p>
          <PlanItemsTable caption="What the budget pays for" items={plan.items} />
        </>
      ) : (
        <p className="mb-8">Your social worker has not agreed a plan with you yet.</p>
      )}

      <SectionHeading size="m">Payments</SectionHeading>
      <PaymentsTable payments={b.payments} />

      <SectionHeading size="m">Evidence of spend</SectionHeading>
      <EasyRead>When you spend the money, tell us what you bought and send the receipt.</EasyRead>
      <EvidenceTable evidence={b.evidence} hrefOf={(e) => route(`/family/budgets/${b.id}/evidence/${e}`)} />
      {b.status === "ACTIVE" && b.paysFamily && (
        <ButtonLink href={route(`/family/budgets/${b.id}/evidence/new`)} variant="secondary">
          Send evidence of spend
        </ButtonLink>
      )}
    </>
  );
}
