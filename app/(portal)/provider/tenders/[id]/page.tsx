import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { getProviderTender } from "@/lib/data/tenders/bids";
import type { LetterBody } from "@/lib/data/tenders/award";
import { orNotFound } from "@/lib/or-not-found";
import { askQuestionAction } from "./actions";
import { biddingOpen, questionsOpen } from "@/lib/domain/tenders/tender-status";
import { PERIOD_LABEL } from "@/lib/domain/tenders/output-kpis";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";
import { ButtonLink } from "@/components/ui/button";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
import { TenderStatusTag } from "@/components/tenders/tender-status-tag";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Tender" };

const BID_STATUS = { DRAFT: "Draft, not sent", SUBMITTED: "Submitted", WITHDRAWN: "Withdrawn" } as const;

export default async function ProviderTenderPage({ params }: PageProps<"/provider/tenders/[id]">) {
  const actor = await requirePageActor("read:tender:own", { role: "PROVIDER" });
  const { id } = await params;
  const t = await orNotFound(getProviderTender(actor, id));
  const now = new Date();
  const open = biddingOpen(t.status, t.submissionDeadline, now);
  const asking = questionsOpen(t.status, t.clarificationDeadline, now);
  const letter = t.bid?.feedbackLetter ? (t.bid.feedbackLetter.body as unknown as LetterBody) : null;
  const spec = t.specificationVersion;
  return (
    <>
      <BackLink href="/provider/tenders">Back to tenders</BackLink>
      <PageHeading caption={`${t.reference} · ${actor.councilName}`}>{t.title}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <TenderStatusTag status={t.status} /> },
          { key: "Estimated value", value: formatMoney(t.estimatedValue) },
          {
            key: "Term",
            value: `${spec.termMonths} months${spec.extensionMonths ? `, with up to ${spec.extensionMonths} months' extension` : ""}`,
          },
          { key: "Ages", value: `${spec.ageMin} to ${spec.ageMax}` },
          { key: "Clarification questions close", value: formatDateTime(t.clarificationDeadline) },
          { key: "Submission deadline", value: formatDateTime(t.submissionDeadline) },
          { key: "Your bid", value: t.bid ? BID_STATUS[t.bid.status] : "Not started" },
          ...(t.cancelledReason ? [{ key: "Cancelled", value: t.cancelledReason }] : []),
        ]}
      />
      {open && (
        <p className="mb-6">
          <ButtonLink href={route(`/provider/tenders/${t.id}/bid`)}>
            {t.bid ? "Open your bid" : "Start a bid"}
          </ButtonLink>
        </p>
      )}
      {letter && (
        <section aria-labelledby="result">
          <SectionHeading id="result">Result: your feedback letter</SectionHeading>
          <p className="mb-4">
            {letter.outcome === "successful"
              ? `Your bid was ranked first of ${letter.bidders} and the council intends to award you the contract.`
              : `Your bid was not successful. It ranked ${letter.rank} of ${letter.bidders}, with ${letter.yourTotal} points. The winning bid, from ${letter.winnerName}, scored ${letter.winnerTotal}.`}
          </p>
          <Table
            caption="Your scores and the winner's, per criterion"
            captionSize="s"
            head={[
              "Criterion",
              "Weight",
              "Your score (0–5)",
              "Your points",
              "Winner's score",
              "Winner's points",
            ]}
            numericColumns={[1, 2, 3, 4, 5]}
            rows={letter.criteria.map((c) => [
              c.title,
              `${c.weight}%`,
              c.yourScore ?? "Price",
              c.yourPoints,
              c.winnerScore ?? "Price",
              c.winnerPoints,
            ])}
          />
          <SectionHeading size="m">Reasons</SectionHeading>
          {letter.criteria
            .filter((c) => c.yourReason)
            .map((c) => (
              <div key={c.title} className="mb-4">
                <h3 className="font-bold">{c.title}</h3>
                <p>
                  <span className="font-bold">Your bid: </span>
                  {c.yourReason}
                </p>
                {letter.outcome === "unsuccessful" && c.winnerReason && (
                  <p>
                    <span className="font-bold">Winning bid: </span>
                    {c.winnerReason}
                  </p>
                )}
              </div>
            ))}
          <p className="text-secondary">Ties are broken this way: {letter.tieRule}</p>
        </section>
      )}
      <SectionHeading>What the council wants</SectionHeading>
      <p className="mb-4 whitespace-pre-line">{t.description}</p>
      {spec.outcomes.length > 0 && (
        <>
          <h3 className="mb-2 font-bold">Outcomes</h3>
          <ul className="mb-4 list-disc pl-6">
            {spec.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      <Table
        caption="Outputs the service must deliver"
        captionSize="s"
        head={["Measure", "Quantity"]}
        numericColumns={[1]}
        emptyText="No outputs listed."
        rows={spec.outputs.map((o) => [
          o.measure,
          `${o.quantity.toString()} ${o.unit.toLowerCase()} ${PERIOD_LABEL[o.period]}`,
        ])}
      />
      <Table
        caption="How bids are scored"
        captionSize="s"
        head={["Criterion", "Question", "Weight"]}
        numericColumns={[2]}
        rows={t.criteria.map((c) => [c.title, c.question || c.guidance || "Annual price", `${c.weight}%`])}
      />
      <SectionHeading id="clarifications">Clarification questions and answers</SectionHeading>
      <p className="mb-4">Every bidder sees the same answers. Who asked is never shown.</p>
      {t.questions.length === 0 ? (
        <InsetText>No answers published yet.</InsetText>
      ) : (
        <dl className="mb-6">
          {t.questions.map((q, i) => (
            <div key={q.id} className="mb-4 border-l-4 border-border pl-4">
              <dt className="font-bold">
                Question {i + 1}: <span className="font-normal whitespace-pre-line">{q.question}</span>
              </dt>
              <dd className="whitespace-pre-line">
                <span className="font-bold">Answer: </span>
                {q.answer}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {t.ownQuestions.length > 0 && (
        <Table
          caption="Questions your organisation asked"
          captionSize="s"
          head={["Asked", "Question", "Answer"]}
          rows={t.ownQuestions.map((q) => [
            formatDateTime(q.createdAt),
            q.question,
            q.publishedAt ? "Published above" : "Waiting",
          ])}
        />
      )}
      {asking ? (
        <ActionForm action={askQuestionAction} fields={["question"]} submitLabel="Send question">
          <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
          <input type="hidden" name="tenderId" value={t.id} readOnly />
          <FormTextarea
            id="question"
            name="question"
            label="Ask a clarification question"
            hint="Do not include anything that identifies your bid."
            rows={4}
          />
        </ActionForm>
      ) : (
        <InsetText>Clarification questions closed on {formatDateTime(t.clarificationDeadline)}.</InsetText>
      )}
    </>
  );
}
