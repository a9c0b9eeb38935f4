import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getModeration } from "@/lib/data/tenders/moderation";
import { orNotFound } from "@/lib/or-not-found";
import { isAppError } from "@/lib/errors";
import { moderateScoreAction } from "../../actions";
import { SCORE_DESCRIPTORS, TIE_RULE } from "@/lib/domain/tenders/scoring";
import { PageHeading, SectionHeading, SubsectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { TenderTabs } from "@/components/tenders/tender-tabs";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Moderation" };

const SEAT = { CHAIR: "chair", EVALUATOR: "evaluator", YOUNG_COMMISSIONER: "young commissioner" } as const;

export default async function ModerationPage({ params }: PageProps<"/commissioner/tenders/[id]/moderation">) {
  const actor = await requirePageActor("update:moderation:council", { role: "COMMISSIONER" });
  const { id } = await params;
  let data: Awaited<ReturnType<typeof getModeration>> | null = null;
  let sealedMessage: string | null = null;
  try {
    data = await orNotFound(getModeration(actor, id));
  } catch (e) {
    if (isAppError(e) && e.code === "CONFLICT") sealedMessage = e.message;
    else throw e;
  }
  if (!data) {
    return (
      <>
        <BackLink href={route(`/commissioner/tenders/${id}`)}>Back to the tender</BackLink>
        <PageHeading>Moderation</PageHeading>
        <TenderTabs tenderId={id} current="/moderation" />
        <InsetText>{sealedMessage}</InsetText>
      </>
    );
  }
  const { tender, bids, cells, ranking, nameOf, complete, moderation } = data;
  const open = moderation.open;
  const done = cells.filter((c) => c.moderated).length;
  const refusedAll = bids.length > 0 && bids.every((b) => moderation.refusals[b.id]);
  return (
    <>
      <BackLink href={route(`/commissioner/tenders/${id}`)}>Back to the tender</BackLink>
      <PageHeading caption={`${tender.reference} · ${tender.title}`}>Moderation</PageHeading>
      <TenderTabs tenderId={id} current="/moderation" />
      {tender.award?.status === "RETURNED" && (
        <InsetText>
          The young commissioners&apos; panel sent the award decision back: &ldquo;{tender.award.returnNote}
          &rdquo;. Moderation is open again. Change the scores the panel&apos;s reasons call into question,
          then the chair records a new decision on the award page.
        </InsetText>
      )}
      {open && bids.length > 0 && (
        <p className="mb-4">
          Only members of the panel who declared no conflict of interest with a bidder may set that
          bidder&apos;s moderated scores.
          {refusedAll && <> {Object.values(moderation.refusals)[0]}</>}
        </p>
      )}
      {bids.length === 0 ? (
        <InsetText>No bids were submitted.</InsetText>
      ) : (
        <p className="mb-6" role="status">
          {done} of {cells.length} moderated. A spread of 2 or more means the panel disagreed: discuss it
          before you set the score.
        </p>
      )}
      {tender.criteria
        .filter((c) => c.kind !== "PRICE")
        .map((c) => (
          <section key={c.id} aria-labelledby={`m-${c.id}`}>
            <SectionHeading id={`m-${c.id}`}>
              {c.title} ({c.weight}%)
            </SectionHeading>
            {bids.map((b) => {
              const cell = cells.find((x) => x.criterionId === c.id && x.bidId === b.id)!;
              const prefix = `mod-${b.id}-${c.id}`;
              return (
                <div key={b.id} className="mb-8 border-l-4 border-border pl-4">
                  <SubsectionHeading>
                    {nameOf(b.id)}{" "}
                    {cell.spread.spread !== null && cell.spread.spread >= 2 && (
                      <Tag colour="orange">Spread {cell.spread.spread}</Tag>
                    )}
                  </SubsectionHeading>
                  <Table
                    caption={`Panel scores for ${nameOf(b.id)} on ${c.title}`}
                    captionSize="s"
                    head={["Evaluator", "Score", "Reason"]}
                    emptyText="Nobody has scored this yet."
                    rows={cell.scores.map((s) => [
                      `${s.evaluator} (${SEAT[s.role]})`,
                      String(s.score),
                      s.reason,
                    ])}
                  />
                  <p className="mb-4">
                    Mean {cell.spread.mean?.toFixed(2) ?? "–"}, lowest {cell.spread.min ?? "–"}, highest{" "}
                    {cell.spread.max ?? "–"}.
                    {cell.moderated && (
                      <>
                        {" "}
                        <strong>Moderated: {cell.moderated.score}</strong> ({cell.moderated.note})
                      </>
                    )}
                  </p>
                  {open && moderation.refusals[b.id] && !refusedAll && (
                    <p className="mb-4 text-secondary">
                      You cannot moderate this bid: {moderation.refusals[b.id]}
                    </p>
                  )}
                  {open && !moderation.refusals[b.id] && (
                    <ActionForm
                      action={moderateScoreAction}
                      fields={["score", "note"]}
                      anchors={{ score: `${prefix}-0`, note: `${prefix}-note` }}
                      submitLabel={cell.moderated ? "Change moderated score" : "Set moderated score"}
                      submitVariant="secondary"
                    >
                      <input type="hidden" name="tenderId" value={id} readOnly />
                      <input type="hidden" name="bidId" value={b.id} readOnly />
                      <input type="hidden" name="criterionId" value={c.id} readOnly />
                      <FormRadios
                        name="score"
                        idPrefix={prefix}
                        legend="Moderated score"
                        inline
                        defaultValue={cell.moderated ? String(cell.moderated.score) : undefined}
                        options={SCORE_DESCRIPTORS.map((d) => ({
                          value: String(d.score),
                          label: `${d.score} ${d.label}`,
                        }))}
                      />
                      <FormTextarea
                        id={`${prefix}-note`}
                        name="note"
                        label="Moderation note"
                        hint="The agreed reason. The bidder's feedback letter quotes it."
                        rows={2}
                        defaultValue={cell.moderated?.note}
                      />
                    </ActionForm>
                  )}
                </div>
              );
            })}
          </section>
        ))}
      <SectionHeading>Weighted totals and ranking</SectionHeading>
      {complete && ranking ? (
        <>
          <Table
            caption="Ranking"
            captionSize="s"
            head={["Rank", "Bidder", ...tender.criteria.map((c) => `${c.title} (${c.weight})`), "Total"]}
            numericColumns={[...tender.criteria.map((_, i) => i + 2), tender.criteria.length + 2]}
            rows={ranking.map((r) => [
              `${r.rank}${r.tieBrokenBy ? " (tie broken)" : ""}`,
              nameOf(r.bidId),
              ...tender.criteria.map((c) => r.byCriterion[c.id]?.toFixed(2) ?? "0.00"),
              r.total.toFixed(2),
            ])}
          />
          <p className="mb-4 text-secondary">Tie rule: {TIE_RULE}</p>
        </>
      ) : (
        <InsetText>Totals and the ranking appear when every criterion is moderated for every bid.</InsetText>
      )}
    </>
  );
}
