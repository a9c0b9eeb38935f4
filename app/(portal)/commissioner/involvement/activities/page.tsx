import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listInvolvementActivities } from "@/lib/data/involvement/list-involvement-activities";
import { formatCalendarDate } from "@/lib/domain/dates";
import { parseSearchParams } from "@/lib/schemas/search-params";
import {
  INVOLVEMENT_KIND_LABEL,
  INVOLVEMENT_KINDS,
  activityListQuery,
} from "@/lib/schemas/involvement-activity";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { FilterForm } from "@/components/ui/filter-form";
import { Select, TextInput } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Involvement activities" };

/** The council's involvement activities, newest first, filtered by kind and dates. */
export default async function InvolvementActivitiesPage({
  searchParams,
}: PageProps<"/commissioner/involvement/activities">) {
  const actor = await requirePageActor("read:involvement-plan:council", { role: "COMMISSIONER" });
  const query = parseSearchParams(activityListQuery, await searchParams);
  const list = await listInvolvementActivities(actor, query);
  return (
    <>
      <BackLink href="/commissioner/involvement">Back to the involvement plan</BackLink>
      <PageHeading caption={actor.councilName}>Involvement activities</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        Events, training, panels and consultations young people took part in, with how many took part from
        each group (never who).
      </p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {can(actor, "update:involvement-plan:council") && (
          <li>
            <Link href="/commissioner/involvement/activities/new">Log an activity</Link>
          </li>
        )}
        <li>
          <Link href="/commissioner/involvement/report">Which groups are rarely involved</Link>
        </li>
      </ul>
      <FilterForm>
        <Select
          id="kind"
          name="kind"
          label="Kind"
          defaultValue={query.kind ?? ""}
          options={[
            { value: "", label: "Any kind" },
            ...INVOLVEMENT_KINDS.map((k) => ({ value: k, label: INVOLVEMENT_KIND_LABEL[k] })),
          ]}
        />
        <TextInput id="from" name="from" label="Held on or after" type="date" defaultValue={query.from} />
        <TextInput id="to" name="to" label="Held on or before" type="date" defaultValue={query.to} />
      </FilterForm>
      <Table
        caption={`${list.total} ${list.total === 1 ? "activity" : "activities"}`}
        head={["Held on", "Activity", "Kind", "Took part", '"You said, we did"']}
        numericColumns={[3, 4]}
        emptyText="No involvement activities match."
        rows={list.items.map((a) => [
          formatCalendarDate(a.heldOn),
          <Link key="t" href={route(`/commissioner/involvement/activities/${a.id}`)}>
            {a.title}
          </Link>,
          INVOLVEMENT_KIND_LABEL[a.kind],
          a.participants === null ? "Not recorded yet" : String(a.participants),
          String(a.youSaidWeDid),
        ])}
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        baseHref="/commissioner/involvement/activities"
        params={{ kind: query.kind, from: query.from, to: query.to }}
      />
    </>
  );
}
