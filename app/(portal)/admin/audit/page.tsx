import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { auditFilterOptions, listAuditEvents } from "@/lib/data/audit/list-audit-events";
import {
  invalidSearchParams,
  isoDateField,
  pageField,
  parseSearchParams,
  textField,
  typedSearchParam,
} from "@/lib/schemas/search-params";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { addDays, formatDateTime } from "@/lib/domain/dates";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select, TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

export const metadata: Metadata = { title: "Audit log" };

const searchSchema = z.object({
  action: textField(200),
  entityType: textField(200),
  actor: textField(200),
  from: isoDateField,
  to: isoDateField,
  page: pageField,
});

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requirePageActor("read:audit:council", { role: "ADMIN" });
  const params = await searchParams;
  const raw = parseSearchParams(searchSchema, params);
  const invalid = invalidSearchParams(searchSchema, params);
  const errors: { href: string; text: string }[] = [];
  const from = raw.from ? new Date(`${raw.from}T00:00:00Z`) : undefined;
  const to = raw.to ? addDays(new Date(`${raw.to}T00:00:00Z`), 1) : undefined;
  if (invalid.includes("from")) errors.push({ href: "#from", text: "Enter the 'from' date as a real date" });
  if (invalid.includes("to")) errors.push({ href: "#to", text: "Enter the 'to' date as a real date" });
  if (from && to && from >= to)
    errors.push({ href: "#to", text: "The 'to' date must be the same as or after the 'from' date" });

  const page = raw.page;
  const [options, result] = await Promise.all([
    auditFilterOptions(actor),
    listAuditEvents(
      actor,
      {
        action: raw.action,
        entityType: raw.entityType,
        actorEmail: raw.actor,
        from,
        to: from && to && from >= to ? undefined : to,
      },
      page,
    ),
  ]);

  return (
    <>
      <PageHeading caption={actor.councilName}>Audit log</PageHeading>
      <ErrorSummary errors={errors} />
      <FilterForm>
        <Select
          id="action"
          name="action"
          label="What happened"
          defaultValue={raw.action ?? ""}
          options={[
            { value: "", label: "Anything" },
            ...options.actions.map((a) => ({ value: a, label: a })),
          ]}
        />
        <Select
          id="entityType"
          name="entityType"
          label="Record type"
          defaultValue={raw.entityType ?? ""}
          options={[
            { value: "", label: "Any record" },
            ...options.entityTypes.map((a) => ({ value: a, label: a })),
          ]}
        />
        <TextInput id="actor" name="actor" label="Done by (e-mail)" defaultValue={raw.actor} />
        <TextInput
          id="from"
          name="from"
          type="date"
          label="From"
          defaultValue={raw.from ?? typedSearchParam(params, "from", 20)}
          error={invalid.includes("from") ? "Enter a real date" : undefined}
        />
        <TextInput
          id="to"
          name="to"
          type="date"
          label="To"
          defaultValue={raw.to ?? typedSearchParam(params, "to", 20)}
          error={invalid.includes("to") ? "Enter a real date" : undefined}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "event" : "events"}`}
        head={["When", "Who", "What happened", "Record"]}
        emptyText="No events match these filters."
        rows={result.items.map((e) => [
          formatDateTime(e.createdAt),
          e.actor ? `${e.actor.name}${e.actorRole ? ` (${ROLE_LABEL[e.actorRole]})` : ""}` : "System",
          <span key="s">
            {e.summary} <span className="text-secondary">({e.action})</span>
          </span>,
          e.entityType,
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/admin/audit"
        params={{
          action: raw.action,
          entityType: raw.entityType,
          actor: raw.actor,
          from: raw.from,
          to: raw.to,
        }}
      />
    </>
  );
}
