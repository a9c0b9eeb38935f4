import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getPriorityRound } from "@/lib/data/priorities/get-priority-round";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDateTime } from "@/lib/domain/dates";
import { COMBINE_RULE_SENTENCE } from "@/lib/domain/priorities/combine-rankings";
import { route } from "@/lib/routes/route";
import { ActionForm, FormSelect } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { CombinedRankingTable } from "@/components/priorities/combined-ranking-table";
import { attachPrioritiesAction, closePriorityRoundAction } from "../actions";

export const metadata: Metadata = { title: "Priority round" };

const searchSchema = z.object({ opened: flagField("1") });

/** A round's combined ranking (no names), closing it, and attaching it to a draft specification. */
export default async function PriorityRoundPage({
  params,
  searchParams,
}: PageProps<"/commissioner/priorities/[id]">) {
  const actor = await requirePageActor("read:priority-round:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const { opened } = parseSearchParams(searchSchema, await searchParams);
  const round = await orNotFound(getPriorityRound(actor, id));
  const mayUpdate = can(actor, "update:priority-round:council");
  const { participants } = round.combined;
  const attached = round.specifications.filter((s) => s.attached);
  return (
    <>
      <BackLink href="/commissioner/priorities">Back to priority rounds</BackLink>
      {opened && (
        <NotificationBanner type="success" title="Round opened">
          <p>Young commissioners can now rank these types of need from their home page.</p>
        </NotificationBanner>
      )}
      <PageHeading caption="Young commissioners' priorities">{round.title}</PageHeading>
      <SummaryList
        rows={[
          {
            key: "Status",
            value: round.open ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag>,
          },
          {
            key: round.status === "CLOSED" ? "Closed" : "Closes on",
            value:
              round.status === "CLOSED" && round.closedAt
                ? formatDateTime(round.closedAt)
                : `${formatCalendarDate(round.closesOn)} (end of the day)`,
          },
          {
            key: "Young commissioners who ranked",
            value: String(participants),
          },
        ]}
      />

      <SectionHeading>Combined ranking</SectionHeading>
      <p className="mb-4 max-w-[75ch]">{COMBINE_RULE_SENTENCE}</p>
      {participants === 0 && (
        <InsetText>No young commissioner has ranked yet. The table fills in as they do.</InsetText>
      )}
      <CombinedRankingTable
        caption="Types of need, most important first"
        items={round.combined.items}
        participants={participants}
      />

      {mayUpdate && (
        <section aria-labelledby="attach">
          <SectionHeading id="attach">Attach to a specification</SectionHeading>
          <p className="mb-4 max-w-[75ch]">
            The specification keeps a dated copy of this ranking beside its needs figures. Later rankings do
            not change it; attach again to replace the copy.
          </p>
          {attached.length > 0 && (
            <p className="mb-4">
              Attached to:{" "}
              {attached.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ", "}
                  <Link href={route(`/commissioner/specifications/${s.id}`)}>
                    {s.reference} {s.title}
                  </Link>
                </span>
              ))}
              .
            </p>
          )}
          {round.specifications.length === 0 ? (
            <InsetText>There are no draft specifications to attach it to.</InsetText>
          ) : participants === 0 ? (
            <InsetText>You can attach the ranking once a young commissioner has ranked.</InsetText>
          ) : (
            <ActionForm
              action={attachPrioritiesAction}
              fields={["specificationId"]}
              submitLabel="Attach the ranking"
            >
              <input type="hidden" name="roundId" value={round.id} readOnly />
              <FormSelect
                id="specificationId"
                name="specificationId"
                label="Draft specification"
                options={[
                  { value: "", label: "Choose a specification" },
                  ...round.specifications.map((s) => ({ value: s.id, label: `${s.reference}: ${s.title}` })),
                ]}
              />
            </ActionForm>
          )}
        </section>
      )}

      {mayUpdate && round.status === "OPEN" && (
        <section aria-labelledby="close" className="mt-8">
          <SectionHeading id="close">Close the round</SectionHeading>
          <p className="mb-4 max-w-[75ch]">
            Closing stops young commissioners changing their rankings. It cannot be undone.
          </p>
          <ActionForm
            action={closePriorityRoundAction}
            fields={[]}
            submitId="close-round"
            submitLabel="Close the round"
            submitVariant="warning"
          >
            <input type="hidden" name="roundId" value={round.id} readOnly />
          </ActionForm>
        </section>
      )}
    </>
  );
}
