import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listPriorityRounds, listRankableNeedTypes } from "@/lib/data/priorities/list-priority-rounds";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { ActionForm, FormCheckboxes, FormDateInput, FormTextInput } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { openPriorityRoundAction } from "./actions";

export const metadata: Metadata = { title: "Young commissioners' priorities" };

const searchSchema = z.object({ page: pageField });

/** The council's priority rounds, and a form to open the next one. */
export default async function PriorityRoundsPage({ searchParams }: PageProps<"/commissioner/priorities">) {
  const actor = await requirePageActor("read:priority-round:council", { role: "COMMISSIONER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const mayOpen = can(actor, "update:priority-round:council");
  const [rounds, needTypes] = await Promise.all([
    listPriorityRounds(actor, { page }),
    mayOpen ? listRankableNeedTypes(actor) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeading caption={actor.councilName}>Young commissioners&apos; priorities</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Young commissioners see the register&apos;s needs figures in Easy Read, with the same protected
        numbers as the needs statistics, and rank the types of need by what matters most for the next
        commissioning round. Their combined ranking can be attached to a draft specification.
      </p>
      <Table
        caption="Rounds"
        captionSize="m"
        head={["Round", "Closes on", "Status", "Types of need", "Young commissioners who ranked"]}
        numericColumns={[3, 4]}
        emptyText="No priority rounds yet."
        rows={rounds.items.map((r) => [
          <Link key="t" href={route(`/commissioner/priorities/${r.id}`)}>
            {r.title}
          </Link>,
          formatCalendarDate(r.closesOn),
          r.open ? (
            <Tag key="s" colour="green">
              Open
            </Tag>
          ) : (
            <Tag key="s" colour="grey">
              Closed
            </Tag>
          ),
          String(r.items),
          String(r.rankings),
        ])}
      />
      <Pagination page={rounds.page} pageCount={rounds.pageCount} baseHref="/commissioner/priorities" />

      {mayOpen && (
        <section aria-labelledby="open-round" className="mt-8">
          <SectionHeading id="open-round">Open a round</SectionHeading>
          {needTypes.length < 2 ? (
            <InsetText>
              A round needs at least two active types of need to rank. An administrator can add them under
              reference data.
            </InsetText>
          ) : (
            <ActionForm
              action={openPriorityRoundAction}
              fields={["title", "closesOn", "needTypeIds"]}
              anchors={{ closesOn: "closesOn-day", needTypeIds: "needTypeIds-0" }}
              submitLabel="Open the round"
            >
              <FormTextInput
                id="title"
                name="title"
                label="Title"
                hint="Young commissioners see this, so say what it is for, like “Short breaks from April 2028”."
              />
              <FormDateInput
                id="closesOn"
                name="closesOn"
                legend="Closes on"
                hint="Young commissioners can rank until the end of this day. For example, 27 3 2028"
              />
              <FormCheckboxes
                name="needTypeIds"
                legend="Types of need to rank"
                hint="All the council's active types of need are ticked. Untick any that are not part of this round."
                defaultValues={needTypes.map((t) => t.id)}
                options={needTypes.map((t) => ({ value: t.id, label: t.name }))}
              />
            </ActionForm>
          )}
        </section>
      )}
    </>
  );
}
