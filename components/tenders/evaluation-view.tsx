import type { getEvaluatorView } from "@/lib/data/tenders/evaluation";
import { EASY_READ_SCALE, SCORE_DESCRIPTORS } from "@/lib/domain/tenders/scoring";
import { formatDateTime } from "@/lib/domain/dates";
import { SectionHeading, SubsectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import type { FormAction } from "@/lib/actions/form-state";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";

type View = Awaited<ReturnType<typeof getEvaluatorView>>;

const WORDS = {
  standard: {
    sealed: (d: string) =>
      `Bids are sealed until the submission deadline (${d}) has passed and the evaluation has started.`,
    declareTitle: "Declare conflicts of interest",
    declareIntro:
      "Before you read any bid, say whether you have a conflict of interest with each organisation that bid: for example you work or worked for them, a relative does, or you use their services. A conflict bars you from scoring that bid.",
    conflictLegend: (name: string) => `Do you have a conflict of interest with ${name}?`,
    yes: "Yes",
    no: "No",
    details: "What is the conflict?",
    declareSubmit: "Save declarations",
    conflicted: (n: number) =>
      `You declared a conflict with ${n} bidder${n === 1 ? "" : "s"}: you do not score ${n === 1 ? "that bid" : "those bids"}.`,
    progress: (d: number, r: number) => `You have scored ${d} of ${r}.`,
    answer: "Their answer",
    scoreLegend: "Score",
    reason: "Reason for your score",
    reasonHint:
      "Say what in the answer led to this score. The moderator and the bidder's feedback letter use it.",
    save: "Save score",
    closed: "Scoring is closed for this tender.",
  },
  easyRead: {
    sealed: (d: string) => `You cannot read the bids yet. They open after ${d}.`,
    declareTitle: "Do you know any of these groups?",
    declareIntro:
      "Before you read the bids, tell us if you know any of the groups that sent one. For example: you go there, or someone in your family works there. If you do, you will not score that group. That keeps it fair.",
    conflictLegend: (name: string) => `Do you know ${name}?`,
    yes: "Yes, I know them",
    no: "No",
    details: "How do you know them?",
    declareSubmit: "Save my answers",
    conflicted: (n: number) =>
      `You know ${n} of the groups, so you will not score ${n === 1 ? "that one" : "those"}.`,
    progress: (d: number, r: number) => `You have done ${d} of ${r}.`,
    answer: "What they said",
    scoreLegend: "How good is this answer?",
    reason: "Why? Say it in your own words",
    reasonHint: "For example: they let young people choose what to do.",
    save: "Save",
    closed: "Scoring has finished.",
  },
};

/** The evaluator's page body: declare conflicts first, then score assigned criteria per bid. */
/** The scoring actions, passed in by the page (components import nothing from app/). */
export interface EvaluationActions {
  declareConflictsAction: FormAction;
  saveScoreAction: FormAction;
}

export function EvaluationView({
  view,
  easyRead,
  actions: { declareConflictsAction, saveScoreAction },
}: {
  view: View;
  easyRead: boolean;
  actions: EvaluationActions;
}) {
  const w = easyRead ? WORDS.easyRead : WORDS.standard;
  const { tender } = view;
  if (!view.unsealed) return <InsetText>{w.sealed(formatDateTime(tender.submissionDeadline))}</InsetText>;
  if (!view.allDeclared) {
    const fields = view.organisations.flatMap((_, i) => [`conflict-${i}`, `details-${i}`]);
    const anchors = Object.fromEntries(
      view.organisations.map((_, i) => [`conflict-${i}`, `conflict-${i}-0`]),
    );
    return (
      <>
        <SectionHeading>{w.declareTitle}</SectionHeading>
        <p className="mb-6">{w.declareIntro}</p>
        {view.canScore ? (
          <ActionForm
            action={declareConflictsAction}
            fields={fields}
            anchors={anchors}
            submitLabel={w.declareSubmit}
          >
            <input type="hidden" name="tenderId" value={tender.id} readOnly />
            <input type="hidden" name="count" value={view.organisations.length} readOnly />
            {view.organisations.map((o, i) => (
              <div key={o.organisationId}>
                <input type="hidden" name={`org-${i}`} value={o.organisationId} readOnly />
                <FormRadios
                  name={`conflict-${i}`}
                  legend={w.conflictLegend(o.name)}
                  inline
                  options={[
                    { value: "no", label: w.no },
                    { value: "yes", label: w.yes },
                  ]}
                />
                <FormTextarea
                  id={`details-${i}`}
                  name={`details-${i}`}
                  label={w.details}
                  hint="Only if you answered yes."
                  rows={2}
                />
              </div>
            ))}
          </ActionForm>
        ) : (
          <InsetText>{w.closed}</InsetText>
        )}
      </>
    );
  }
  return (
    <>
      {view.conflicted > 0 && <InsetText>{w.conflicted(view.conflicted)}</InsetText>}
      <p className="mb-6 font-bold" role="status">
        {w.progress(view.progress.done, view.progress.required)}
      </p>
      {!view.canScore && <InsetText>{w.closed}</InsetText>}
      {view.criteria.map((c) => (
        <section key={c.id} aria-labelledby={`criterion-${c.id}`}>
          <SectionHeading id={`criterion-${c.id}`}>{c.title}</SectionHeading>
          <p className="mb-2">
            <span className="font-bold">{easyRead ? "The question was: " : "Question: "}</span>
            {c.question}
          </p>
          {c.guidance && <p className="mb-4 text-secondary">{c.guidance}</p>}
          {!easyRead && (
            <details className="mb-6">
              <summary className="cursor-pointer underline">Scoring descriptors</summary>
              <dl className="mt-2">
                {SCORE_DESCRIPTORS.map((d) => (
                  <div key={d.score} className="mb-1">
                    <dt className="inline font-bold">
                      {d.score} {d.label}:{" "}
                    </dt>
                    <dd className="inline">{d.description}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          {view.bids.map((b) => {
            const key = `${b.id}:${c.id}`;
            const existing = view.scores.get(key);
            const prefix = `score-${b.id}-${c.id}`;
            return (
              <div key={key} className="mb-8 border-l-4 border-border pl-4">
                <SubsectionHeading>
                  {b.name}
                  {existing ? ` · ${easyRead ? "done" : `scored ${existing.score}`}` : ""}
                </SubsectionHeading>
                <p className="font-bold">{w.answer}</p>
                <blockquote className="mb-4 whitespace-pre-line bg-panel p-4">
                  {b.answers[c.id] || "No answer given."}
                </blockquote>
                {view.canScore && (
                  <ActionForm
                    action={saveScoreAction}
                    fields={["score", "reason"]}
                    anchors={{ score: `${prefix}-0`, reason: `${prefix}-reason` }}
                    submitLabel={w.save}
                  >
                    <input type="hidden" name="tenderId" value={tender.id} readOnly />
                    <input type="hidden" name="bidId" value={b.id} readOnly />
                    <input type="hidden" name="criterionId" value={c.id} readOnly />
                    <FormRadios
                      name="score"
                      idPrefix={prefix}
                      legend={`${w.scoreLegend} (${b.name})`}
                      inline={easyRead}
                      defaultValue={existing ? String(existing.score) : undefined}
                      options={
                        easyRead
                          ? EASY_READ_SCALE.map((s) => ({
                              value: String(s.score),
                              label: (
                                <span className="flex flex-col items-center">
                                  <span aria-hidden="true" className="text-5xl leading-none">
                                    {s.face}
                                  </span>
                                  <span className="text-lg font-bold">{s.words}</span>
                                </span>
                              ),
                            }))
                          : SCORE_DESCRIPTORS.map((d) => ({
                              value: String(d.score),
                              label: `${d.score} – ${d.label}`,
                              hint: d.description,
                            }))
                      }
                    />
                    <FormTextarea
                      id={`${prefix}-reason`}
                      name="reason"
                      label={w.reason}
                      hint={w.reasonHint}
                      rows={3}
                      defaultValue={existing?.reason}
                    />
                  </ActionForm>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
