import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { contractFilterOptions } from "@/lib/data/contracts/contract-filter-options";
import { expiryPipeline } from "@/lib/data/contracts/expiry-pipeline";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { ragSummary } from "@/lib/data/contracts/rag-summary";
import { spendByYear } from "@/lib/data/contracts/spend-by-year";
import { RAG_LABEL } from "@/lib/domain/rag";
import { CONTRACT_STATUS_LABEL } from "@/lib/domain/contract-status";
import { ENDING_WINDOWS, contractListSearchSchema } from "@/lib/schemas/contract-search";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { FilterForm } from "@/components/ui/filter-form";
import { Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { StatCard } from "@/components/ui/stat-card";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { ContractsTable } from "@/components/contracts/contracts-table";

export const metadata: Metadata = { title: "Contracts" };

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export default async function ContractsPage({ searchParams }: PageProps<"/commissioner/contracts">) {
  const actor = await requirePageActor("read:contract:council", { role: "COMMISSIONER" });
  const query = parseSearchParams(contractListSearchSchema, await searchParams);
  const today = new Date();
  const { status, rag, ending } = query;
  const filter = {
    status,
    rag,
    endingWithinMonths: ending,
    organisationId: query.provider,
    serviceTypeId: query.serviceType,
    districtId: query.district,
    page: query.page,
  };
  const [options, result, pipeline, rags, spend] = await Promise.all([
    contractFilterOptions(actor),
    listContracts(actor, filter, today),
    expiryPipeline(actor, today),
    ragSummary(actor, today),
    spendByYear(actor, today),
  ]);
  return (
    <>
      <PageHeading caption={actor.councilName}>Contracts</PageHeading>
      <p className="mb-8">
        <ButtonLink href="/commissioner/contracts/import" variant="secondary">
          Import contracts from a CSV
        </ButtonLink>
      </p>
      <SectionHeading>Performance of current contracts</SectionHeading>
      <p className="mb-4 max-w-prose">
        Each contract takes the worst RAG of its KPIs&apos; latest accepted results.
      </p>
      <div className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {(["RED", "AMBER", "GREEN"] as const).map((r) => (
          <StatCard
            key={r}
            label={`${RAG_LABEL[r]} contracts`}
            value={String(rags[r])}
            href={`/commissioner/contracts?rag=${r}#all-contracts`}
          />
        ))}
        <StatCard
          label="No accepted return yet"
          value={String(rags.NONE)}
          href="/commissioner/contracts?rag=NONE#all-contracts"
        />
      </div>
      <SectionHeading>Expiry pipeline</SectionHeading>
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        {pipeline.windows.map((w) => (
          <StatCard
            key={w.months}
            label={`Ending in the next ${w.months} months`}
            value={String(w.count)}
            detail={`${formatMoney(w.annualValue)} a year`}
            href={`/commissioner/contracts?ending=${w.months}#all-contracts`}
          />
        ))}
      </div>
      <Table
        caption="Contracts ending by month, next 12 months"
        captionSize="s"
        head={["Month", "Contracts ending", "Annual value"]}
        numericColumns={[1, 2]}
        emptyText="No contracts end in the next 12 months."
        rows={pipeline.months.map((m) => [
          MONTH.format(m.month),
          String(m.count),
          formatMoney(m.annualValue),
        ])}
      />
      <SectionHeading>Spend by financial year</SectionHeading>
      <Table
        caption="Contract spend committed each financial year, against the budget"
        captionSize="s"
        head={["Year", "Contracts", "Committed spend", "Budget", "Remaining", "Share of budget"]}
        numericColumns={[1, 2, 3, 4, 5]}
        rows={spend.map((y) => [
          y.label,
          String(y.contracts),
          formatMoney(y.committed),
          y.budget ? formatMoney(y.budget) : "Not set",
          y.remaining === null
            ? "–"
            : y.remaining.startsWith("-")
              ? `${formatMoney(y.remaining.slice(1))} over`
              : formatMoney(y.remaining),
          y.percentOfBudget === null ? "–" : `${y.percentOfBudget}%`,
        ])}
      />
      <p className="mb-8 max-w-prose text-secondary">
        A contract counts in a year for the days it runs in that year, at its annual value. The budget is the
        council&apos;s annual budget for short breaks contracts
        {spend[0]?.budget ? "" : ", which an administrator has not set yet"}.
      </p>
      <SectionHeading id="all-contracts">All contracts</SectionHeading>
      <FilterForm columns={4}>
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={status ?? ""}
          options={[
            { value: "", label: "Any status" },
            ...Object.entries(CONTRACT_STATUS_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          id="provider"
          name="provider"
          label="Provider"
          defaultValue={filter.organisationId ?? ""}
          options={[
            { value: "", label: "Any provider" },
            ...options.organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Select
          id="serviceType"
          name="serviceType"
          label="Service type"
          defaultValue={filter.serviceTypeId ?? ""}
          options={[
            { value: "", label: "Any type" },
            ...options.serviceTypes.map((o) => ({
              value: o.id,
              label: o.retired ? `${o.name} (retired)` : o.name,
            })),
          ]}
        />
        <Select
          id="district"
          name="district"
          label="Area"
          defaultValue={filter.districtId ?? ""}
          options={[
            { value: "", label: "Any area" },
            ...options.districts.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Select
          id="rag"
          name="rag"
          label="RAG of current contracts"
          defaultValue={rag ?? ""}
          options={[
            { value: "", label: "Any RAG" },
            ...Object.entries(RAG_LABEL).map(([value, label]) => ({ value, label })),
            { value: "NONE", label: "No accepted return yet" },
          ]}
        />
        <Select
          id="ending"
          name="ending"
          label="Ending within"
          defaultValue={ending ? String(ending) : ""}
          options={[
            { value: "", label: "Any end date" },
            ...ENDING_WINDOWS.map((m) => ({ value: m, label: `${m} months` })),
          ]}
        />
      </FilterForm>
      <ContractsTable result={result} base="/commissioner/contracts" today={today} />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/contracts"
        params={{
          status,
          provider: filter.organisationId,
          serviceType: filter.serviceTypeId,
          district: filter.districtId,
          rag,
          ending: ending ? String(ending) : undefined,
        }}
      />
    </>
  );
}
