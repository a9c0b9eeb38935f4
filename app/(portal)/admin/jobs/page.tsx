import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getOutboxSummary, listJobRuns } from "@/lib/data/jobs/list-job-runs";
import { JOB_LABEL, JOBS } from "@/lib/jobs/job-table";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { formatDateTime } from "@/lib/domain/dates";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/field";
import { StatCard } from "@/components/ui/stat-card";
import { Tag, type TagColour } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Jobs and e-mail" };

const STATUSES = ["RUNNING", "SUCCEEDED", "FAILED"] as const;
const STATUS: Record<(typeof STATUSES)[number], { label: string; colour: TagColour }> = {
  RUNNING: { label: "Running", colour: "blue" },
  SUCCEEDED: { label: "Done", colour: "green" },
  FAILED: { label: "Failed", colour: "red" },
};

const searchSchema = z.object({
  status: z.enum(STATUSES).optional(),
  queue: z.enum(JOBS.map((j) => j.name) as [string, ...string[]]).optional(),
  page: pageField,
});

export default async function JobsPage({ searchParams }: PageProps<"/admin/jobs">) {
  const actor = await requirePageActor("read:job:council", { role: "ADMIN" });
  const params = parseSearchParams(searchSchema, await searchParams);
  const [runs, outbox] = await Promise.all([
    listJobRuns(actor, { status: params.status, queue: params.queue }, params.page),
    getOutboxSummary(actor),
  ]);

  return (
    <>
      <PageHeading caption={actor.councilName}>Jobs and e-mail</PageHeading>
      <p className="mb-6">
        The portal sends e-mail and does its regular housekeeping in the background. A job that fails is tried
        again a few times, waiting longer each time. E-mail that cannot be sent stays here until it is.
      </p>
      <SectionHeading>E-mail from your council</SectionHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Waiting to be sent"
          value={outbox.waiting}
          detail={
            outbox.oldestWaitingSince ? `Oldest from ${formatDateTime(outbox.oldestWaitingSince)}` : undefined
          }
        />
        <StatCard
          label="Not sent yet after a failed try"
          value={outbox.retrying}
          detail={outbox.lastError ? `Last problem: ${outbox.lastError}` : undefined}
        />
        <StatCard label="Sent in the last 24 hours" value={outbox.sentToday} />
      </div>
      <SectionHeading>Recent job runs</SectionHeading>
      <FilterForm>
        <Select
          id="queue"
          name="queue"
          label="Job"
          defaultValue={params.queue ?? ""}
          options={[{ value: "", label: "Any job" }, ...JOBS.map((j) => ({ value: j.name, label: j.label }))]}
        />
        <Select
          id="status"
          name="status"
          label="Result"
          defaultValue={params.status ?? ""}
          options={[
            { value: "", label: "Any result" },
            ...STATUSES.map((s) => ({ value: s, label: STATUS[s].label })),
          ]}
        />
      </FilterForm>
      <Table
        caption={`${runs.total} ${runs.total === 1 ? "run" : "runs"}`}
        head={["Started", "Job", "Try", "Result", "Time taken"]}
        numericColumns={[2]}
        emptyText="No job has run yet."
        rows={runs.items.map((r) => [
          formatDateTime(r.startedAt),
          JOB_LABEL[r.queue] ?? r.queue,
          String(r.attempt),
          <span key="status">
            <Tag colour={STATUS[r.status].colour}>{STATUS[r.status].label}</Tag>
            {r.error && (
              <span className="mt-1 block text-secondary">
                {r.error}
                {r.willRetry ? " (it will be tried again)" : " (no more tries)"}
              </span>
            )}
          </span>,
          r.finishedAt ? `${((r.finishedAt.getTime() - r.startedAt.getTime()) / 1000).toFixed(1)} s` : "",
        ])}
      />
      <Pagination
        page={runs.page}
        pageCount={runs.pageCount}
        baseHref="/admin/jobs"
        params={{ status: params.status, queue: params.queue }}
      />
    </>
  );
}
