import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listSpecifications, specificationFormOptions } from "@/lib/data/specifications/list-specifications";
import { idField, pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { formatDate } from "@/lib/domain/dates";
import { SPECIFICATION_STATUS_LABEL } from "@/lib/domain/specifications/specification-status";
import { SpecificationStatus } from "@/lib/generated/prisma/enums";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/field";
import { ButtonLink } from "@/components/ui/button";
import { InsetText } from "@/components/ui/inset-text";
import { SpecificationStatusTag } from "@/components/specifications/specification-status-tag";

export const metadata: Metadata = { title: "Specifications" };

const filterSchema = z.object({
  status: z.enum(SpecificationStatus).optional(),
  serviceTypeId: idField,
  page: pageField,
});

export default async function SpecificationsPage({
  searchParams,
}: PageProps<"/commissioner/specifications">) {
  const actor = await requirePageActor("read:specification:council", { role: "COMMISSIONER" });
  const { page, ...filters } = parseSearchParams(filterSchema, await searchParams);
  const [options, result] = await Promise.all([
    specificationFormOptions(actor),
    listSpecifications(actor, filters, page),
  ]);
  const filtered = !!(filters.status || filters.serviceTypeId);

  return (
    <>
      <PageHeading caption={actor.councilName}>Specifications</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        A specification says what a service must deliver. Once approved it can be put out to tender; later
        changes make a new version.
      </p>
      <p className="mb-8 flex flex-wrap gap-4">
        <ButtonLink href="/commissioner/specifications/new">Start a specification</ButtonLink>
        <ButtonLink href="/commissioner/needs-analysis" variant="secondary">
          Start from the needs analysis
        </ButtonLink>
      </p>
      <FilterForm>
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            ...Object.entries(SPECIFICATION_STATUS_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          id="serviceTypeId"
          name="serviceTypeId"
          label="Service type"
          defaultValue={filters.serviceTypeId ?? ""}
          options={[
            { value: "", label: "All service types" },
            ...options.serviceTypes.map((t) => ({
              value: t.id,
              label: t.retired ? `${t.name} (retired)` : t.name,
            })),
          ]}
        />
      </FilterForm>
      {result.total === 0 && !filtered ? (
        <InsetText>
          There are no specifications yet. Start one from the needs analysis so it keeps the figures it was
          based on.
        </InsetText>
      ) : (
        <Table
          caption={`${result.total} ${result.total === 1 ? "specification" : "specifications"}`}
          head={["Title", "Reference", "Service type", "Version", "Status", "Last changed"]}
          emptyText="No specifications match these filters."
          rows={result.items.map((s) => [
            <Link key="t" href={`/commissioner/specifications/${s.id}`}>
              {s.title}
            </Link>,
            s.reference,
            s.serviceType.name,
            String(s.currentVersion),
            <SpecificationStatusTag key="s" status={s.status} />,
            formatDate(s.updatedAt),
          ])}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/specifications"
        params={{ ...filters }}
      />
    </>
  );
}
