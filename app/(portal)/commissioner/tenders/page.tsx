import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listTenders } from "@/lib/data/tenders/list-tenders";
import { TenderStatus } from "@/lib/generated/prisma/enums";
import { TENDER_STATUS_LABEL } from "@/lib/domain/tenders/tender-status";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading } from "@/components/ui/heading";
import { FilterForm } from "@/components/ui/filter-form";
import { Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { TenderStatusTag } from "@/components/tenders/tender-status-tag";

export const metadata: Metadata = { title: "Tenders" };

export default async function TendersPage({ searchParams }: PageProps<"/commissioner/tenders">) {
  const actor = await requirePageActor("read:tender:council", { role: "COMMISSIONER" });
  const { status, page } = parseSearchParams(
    z.object({ status: z.enum(TenderStatus).optional(), page: pageField }),
    await searchParams,
  );
  const result = await listTenders(actor, { status, page });
  return (
    <>
      <PageHeading caption={actor.councilName}>Tenders</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/commissioner/tenders/new">Create a tender</ButtonLink>
      </p>
      <FilterForm>
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={status ?? ""}
          options={[
            { value: "", label: "Any status" },
            ...Object.values(TenderStatus).map((s) => ({ value: s, label: TENDER_STATUS_LABEL[s] })),
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "tender" : "tenders"}`}
        head={["Reference", "Title", "Service type", "Submission deadline", "Estimated value", "Status"]}
        numericColumns={[4]}
        emptyText="No tenders match. Create one from an approved specification."
        rows={result.items.map((t) => [
          t.reference,
          <Link key="l" href={`/commissioner/tenders/${t.id}`} className="underline">
            {t.title}
          </Link>,
          t.serviceTypeName,
          formatDateTime(t.submissionDeadline),
          formatMoney(t.estimatedValue),
          <TenderStatusTag key="s" status={t.status} />,
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/tenders"
        params={{ status }}
      />
    </>
  );
}
