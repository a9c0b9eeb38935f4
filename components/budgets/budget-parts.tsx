import type { ReactNode } from "react";
import Link from "next/link";
import type { Route } from "next";
import { formatMoney } from "@/lib/domain/money";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import type { BudgetView } from "@/lib/data/budgets/get-budget";
import {
  BUDGET_PART_FIELDS,
  BUDGET_TYPE_LABEL,
  PAYMENT_KIND_LABEL,
  PLAN_ITEM_LABEL,
  REVIEW_OUTCOME_LABEL,
} from "@/lib/schemas/budget";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag, type TagColour } from "@/components/ui/tag";

/** The pages say a person's name, or that their details were erased. */
export function childName(c: { firstName: string | null; lastName: string | null }) {
  return [c.firstName, c.lastName].filter(Boolean).join(" ") || "Child (details erased)";
}

const BUDGET_STATUS: Record<BudgetView["status"], [string, TagColour]> = {
  PROPOSED: ["Waiting for approval", "yellow"],
  ACTIVE: ["Running", "green"],
  ENDED: ["Ended", "grey"],
};

export function BudgetStatusTag({ status, refused }: { status: BudgetView["status"]; refused?: boolean }) {
  const [label, colour] = refused ? ["Refused", "red" as const] : BUDGET_STATUS[status];
  return <Tag colour={colour}>{label}</Tag>;
}

export function budgetTypeLabel(type: BudgetView["type"]) {
  return BUDGET_TYPE_LABEL[type];
}

/**
 * The budget's money, from the one balance worked out by getBudget: the same figures on the social
 * worker's page and the family's.
 */
export function BudgetMoney({
  budget,
}: {
  budget: Pick<BudgetView, "balance" | "type" | "parts" | "paysFamily">;
}) {
  const b = budget.balance;
  const rows: { key: ReactNode; value: ReactNode }[] = [
    { key: "Budget for the year", value: formatMoney(b.allocation) },
    // A mix says how much is taken each way.
    ...(budget.type === "MIX"
      ? BUDGET_PART_FIELDS.map(({ part, label }) => ({ key: label, value: formatMoney(budget.parts[part]) }))
      : []),
    { key: "Spend approved", value: formatMoney(b.approvedSpend) },
  ];
  if (!b.adjustments.isZero()) rows.push({ key: "Adjustments", value: formatMoney(b.adjustments) });
  rows.push({ key: "Balance", value: <strong>{formatMoney(b.balance)}</strong> });
  if (budget.paysFamily) {
    rows.push({ key: "Paid to the family so far", value: formatMoney(b.paidToFamily) });
    if (!b.evidenceWaiting.isZero())
      rows.push({ key: "Evidence waiting to be checked", value: formatMoney(b.evidenceWaiting) });
  }
  return <SummaryList rows={rows} />;
}

export function PlanItemsTable({
  caption,
  items,
  action,
}: {
  caption: ReactNode;
  items: BudgetView["plans"][number]["items"];
  /** A last column, such as a remove button, for each item. */
  action?: (item: BudgetView["plans"][number]["items"][number]) => ReactNode;
}) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      head={["Support", "Provider", "How often", "Unit cost", "Cost a year", ...(action ? ["Change"] : [])]}
      numericColumns={[3, 4]}
      emptyText="No items yet."
      rows={items.map((i) => [
        <span key="d">
          <strong>{PLAN_ITEM_LABEL[i.category]}</strong>
          <br />
          {i.description}
        </span>,
        i.organisation?.name ?? (i.boughtDirectly ? "Bought directly" : "Not chosen"),
        i.frequency ?? "",
        i.unitCost ? formatMoney(i.unitCost) : "",
        formatMoney(i.annualCost),
        ...(action ? [action(i)] : []),
      ])}
    />
  );
}

export function PaymentsTable({ payments }: { payments: BudgetView["payments"] }) {
  return (
    <Table
      caption="Payments and adjustments"
      captionSize="s"
      head={["Date", "What", "Reference", "Amount"]}
      numericColumns={[3]}
      emptyText="No payments yet."
      rows={payments.map((p) => [
        p.status === "DUE" ? (
          <span key="d">
            {p.dueOn ? formatCalendarDate(p.dueOn) : ""} <Tag colour="blue">Due</Tag>
          </span>
        ) : (
          formatCalendarDate(p.paidOn ?? p.dueOn!)
        ),
        p.note ? `${PAYMENT_KIND_LABEL[p.kind]}: ${p.note}` : PAYMENT_KIND_LABEL[p.kind],
        p.reference ?? "",
        formatMoney(p.amount),
      ])}
    />
  );
}

const EVIDENCE_STATUS: Record<BudgetView["evidence"][number]["status"], [string, TagColour]> = {
  SUBMITTED: ["Waiting to be checked", "yellow"],
  QUERIED: ["Question asked", "orange"],
  ACCEPTED: ["Accepted", "green"],
  REJECTED: ["Not accepted", "red"],
};

export function EvidenceStatusTag({ status }: { status: BudgetView["evidence"][number]["status"] }) {
  const [label, colour] = EVIDENCE_STATUS[status];
  return <Tag colour={colour}>{label}</Tag>;
}

export function EvidenceTable({
  evidence,
  hrefOf,
}: {
  evidence: BudgetView["evidence"];
  /** The page of one item, where it is checked or a question answered. */
  hrefOf: (evidenceId: string) => Route;
}) {
  return (
    <Table
      caption="Evidence of spend"
      captionSize="s"
      head={["Spent on", "What it paid for", "Status", "Amount"]}
      numericColumns={[3]}
      emptyText="No evidence of spend yet."
      rows={evidence.map((e) => [
        formatCalendarDate(e.spentOn),
        <Link key="d" href={hrefOf(e.id)}>
          {e.description}
        </Link>,
        <EvidenceStatusTag key="s" status={e.status} />,
        formatMoney(e.amount),
      ])}
    />
  );
}

export function ReviewsList({ reviews }: { reviews: BudgetView["reviews"] }) {
  return (
    <Table
      caption="Reviews"
      captionSize="s"
      head={["Due", "Done", "Outcomes", "What the review found"]}
      emptyText="No reviews booked yet."
      rows={reviews.map((r) => [
        formatCalendarDate(r.dueDate),
        r.completedAt ? formatDate(r.completedAt) : "Not yet",
        r.outcomesMet ? REVIEW_OUTCOME_LABEL[r.outcomesMet] : "",
        r.outcome ?? "",
      ])}
    />
  );
}
