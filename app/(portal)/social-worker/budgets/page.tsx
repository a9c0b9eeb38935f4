import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listBudgets } from "@/lib/data/budgets/get-budget";
import { budgetListQuery } from "@/lib/schemas/budget";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { route } from "@/lib/routes/route";
import { BUDGET_TYPE_LABEL } from "@/lib/schemas/budget";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/field";
import { BudgetStatusTag, childName } from "@/components/budgets/budget-parts";

export const metadata: Metadata = { title: "Personal budgets" };

export default async function BudgetsPage({ searchParams }: PageProps<"/social-worker/budgets">) {
  const actor = await requirePageActor("read:budget:council", { role: "SOCIAL_WORKER" });
  const query = parseSearchParams(budgetListQuery, await searchParams);
  const result = await listBudgets(actor, query);

  return (
    <>
      <PageHeading caption={actor.councilName}>Personal budgets</PageHeading>
      <p className="mb-6">
        A budget is proposed from an approved assessment:{" "}
        <Link href="/social-worker/children">find the child</Link> and open their assessment.
      </p>
      <FilterForm>
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            { value: "PROPOSED", label: "Waiting for approval" },
            { value: "ACTIVE", label: "Running" },
            { value: "ENDED", label: "Ended" },
          ]}
        />
        <Select
          id="type"
          name="type"
          label="Type"
          defaultValue={query.type ?? ""}
          options={[
            { value: "", label: "Any type" },
            ...Object.entries(BUDGET_TYPE_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          id="review"
          name="review"
          label="Review"
          defaultValue={query.review ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "due", label: "Due in the next month" },
            { value: "overdue", label: "Overdue" },
          ]}
        />
        <Select
          id="evidence"
          name="evidence"
          label="Evidence of spend"
          defaultValue={query.evidence ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "waiting", label: "Evidence to check" },
            { value: "at-risk", label: "At risk: no evidence" },
          ]}
        />
        <Select
          id="payments"
          name="payments"
          label="Payments"
          defaultValue={query.payments ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "due", label: "Scheduled payment due" },
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "budget" : "budgets"}`}
        head={["Child", "Type", "Status", "Next review", "A year"]}
        numericColumns={[4]}
        emptyText="No budgets match these filters."
        rows={result.items.map((b) => [
          <Link key="c" href={route(`/social-worker/budgets/${b.id}`)}>
            {childName(b.child)}
          </Link>,
          BUDGET_TYPE_LABEL[b.type],
          <BudgetStatusTag key="s" status={b.status} />,
          b.status === "ACTIVE" ? formatCalendarDate(b.nextReviewDate) : "",
          formatMoney(b.annualAmount),
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/social-worker/budgets"
        params={{
          status: query.status,
          type: query.type,
          review: query.review,
          evidence: query.evidence,
          payments: query.payments,
        }}
      />
    </>
  );
}
