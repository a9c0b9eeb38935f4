import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { councilFeedbackFilterOptions, listCouncilFeedback } from "@/lib/data/feedback/list-council-feedback";
import { idField, isoDateField, pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { formatDate } from "@/lib/domain/dates";
import { FACE_LABEL, FEEDBACK_SOURCE_LABEL, FEEDBACK_STATUS_LABEL } from "@/lib/domain/feedback-questions";
import { FeedbackSource, FeedbackStatus } from "@/lib/generated/prisma/enums";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select, TextInput } from "@/components/ui/field";
import { FeedbackStatusTag } from "@/components/feedback/feedback-status-tag";

export const metadata: Metadata = { title: "Feedback inbox" };

const filterSchema = z.object({
  serviceId: idField,
  contractId: idField,
  organisationId: idField,
  /** A theme's id, or "none" for feedback without a theme. */
  themeId: idField,
  rating: z.coerce.number().int().min(1).max(5).optional(),
  source: z.enum(FeedbackSource).optional(),
  status: z.enum(FeedbackStatus).optional(),
  from: isoDateField,
  to: isoDateField,
  page: pageField,
});

export default async function FeedbackInboxPage({ searchParams }: PageProps<"/commissioner/feedback">) {
  const actor = await requirePageActor("read:feedback:council", { role: "COMMISSIONER" });
  const { page, ...filters } = parseSearchParams(filterSchema, await searchParams);
  const [options, result] = await Promise.all([
    councilFeedbackFilterOptions(actor),
    listCouncilFeedback(
      actor,
      {
        ...filters,
        themeId: filters.themeId === "none" ? undefined : filters.themeId,
        untagged: filters.themeId === "none",
      },
      page,
    ),
  ]);
  const all = (label: string) => ({ value: "", label });

  return (
    <>
      <PageHeading caption={actor.councilName}>Feedback inbox</PageHeading>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/commissioner/feedback/themes">Themes</Link>
        <Link href="/commissioner/feedback/trends">Themes by month and export</Link>
        <Link href="/commissioner/you-said-we-did">&ldquo;You said, we did&rdquo;</Link>
      </p>
      <FilterForm columns={3}>
        <Select
          id="themeId"
          name="themeId"
          label="Theme"
          defaultValue={filters.themeId ?? ""}
          options={[
            all("All themes"),
            { value: "none", label: "No theme yet" },
            ...options.themes.map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
        <Select
          id="serviceId"
          name="serviceId"
          label="Service"
          defaultValue={filters.serviceId ?? ""}
          options={[all("All services"), ...options.services.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <Select
          id="contractId"
          name="contractId"
          label="Contract"
          defaultValue={filters.contractId ?? ""}
          options={[
            all("All contracts"),
            ...options.contracts.map((c) => ({ value: c.id, label: `${c.reference}: ${c.title}` })),
          ]}
        />
        <Select
          id="organisationId"
          name="organisationId"
          label="Provider"
          defaultValue={filters.organisationId ?? ""}
          options={[
            all("All providers"),
            ...options.organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <Select
          id="rating"
          name="rating"
          label="Rating for feeling supported at home"
          defaultValue={filters.rating ? String(filters.rating) : ""}
          options={[
            all("Any rating"),
            ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} out of 5` })),
          ]}
        />
        <Select
          id="source"
          name="source"
          label="From"
          defaultValue={filters.source ?? ""}
          options={[
            all("Everyone"),
            ...(Object.keys(FEEDBACK_SOURCE_LABEL) as FeedbackSource[]).map((s) => ({
              value: s,
              label: FEEDBACK_SOURCE_LABEL[s],
            })),
          ]}
        />
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={filters.status ?? ""}
          options={[
            all("Any status"),
            ...(Object.keys(FEEDBACK_STATUS_LABEL) as FeedbackStatus[]).map((s) => ({
              value: s,
              label: FEEDBACK_STATUS_LABEL[s],
            })),
          ]}
        />
        <TextInput id="from" name="from" type="date" label="Received from" defaultValue={filters.from} />
        <TextInput id="to" name="to" type="date" label="Received to" defaultValue={filters.to} />
      </FilterForm>
      <Table
        caption={`${result.total} feedback ${result.total === 1 ? "item" : "items"}`}
        head={["Reference", "From", "About", "Says", "Rating", "Themes", "Status", "Received"]}
        emptyText="No feedback matches these filters."
        rows={result.items.map((f) => {
          const words = f.comment ?? f.liked ?? "";
          return [
            <Link key="r" href={`/commissioner/feedback/${f.id}`}>
              {f.receiptCode}
            </Link>,
            FEEDBACK_SOURCE_LABEL[f.source],
            f.service?.name ?? f.contract?.reference ?? "General",
            words.length > 90 ? `${words.slice(0, 89)}…` : words,
            f.ratings[0] ? `${f.ratings[0].value} of 5` : f.face ? FACE_LABEL[f.face] : "",
            f.tags.map((t) => t.theme.name).join(", ") || "None yet",
            <FeedbackStatusTag key="s" status={f.status} />,
            formatDate(f.createdAt),
          ];
        })}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/feedback"
        params={Object.fromEntries(
          Object.entries(filters).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
        )}
      />
    </>
  );
}
