import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getTender } from "@/lib/data/tenders/get-tender";
import { orNotFound } from "@/lib/or-not-found";
import { answerQuestionAction, moveTenderAction } from "../actions";
import { TenderStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { TENDER_STATUS_LABEL, TENDER_TRANSITIONS } from "@/lib/domain/tenders/tender-status";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";
import { Details } from "@/components/ui/details";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";
import { ButtonLink } from "@/components/ui/button";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
import { TenderStatusTag } from "@/components/tenders/tender-status-tag";
import { TenderTabs } from "@/components/tenders/tender-tabs";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Tender" };

const MOVES = {
  PUBLISHED: {
    label: "Publish the tender",
    hint: "Providers can read it, ask questions and bid. Criteria and weights are then fixed.",
  },
  CLOSED: { label: "Close the tender", hint: "Possible once the submission deadline has passed." },
  IN_EVALUATION: {
    label: "Start the evaluation",
    hint: "Bids are opened to the panel. Every quality criterion needs an evaluator.",
  },
} as const;

const searchSchema = z.object({
  created: flagField("1"),
  updated: flagField("1"),
  answered: flagField("1"),
  moved: z.enum(TenderStatus).optional(),
});

export default async function TenderPage({ params, searchParams }: PageProps<"/commissioner/tenders/[id]">) {
  const actor = await requirePageActor("read:tender:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(searchSchema, await searchParams);
  const t = await orNotFound(getTender(actor, id));
  const moves = TENDER_TRANSITIONS[t.status].filter((s): s is keyof typeof MOVES => Object.hasOwn(MOVES, s));
  const unanswered = t.questions.filter((q) => !q.publishedAt).length;
  return (
    <>
      <BackLink href="/commissioner/tenders">Back to tenders</BackLink>
      <PageHeading caption={`${t.reference} · ${actor.councilName}`}>{t.title}</PageHeading>
      {query.created && (
        <NotificationBanner type="success" title="Draft saved">
          <p>The tender is a draft. Publish it when it is ready.</p>
        </NotificationBanner>
      )}
      {query.updated && (
        <NotificationBanner type="success" title="Changes saved">
          <p>The draft tender has been updated.</p>
        </NotificationBanner>
      )}
      {query.moved && (
        <NotificationBanner type="success" title="Status changed">
          <p>
            Tender {t.reference} is now {TENDER_STATUS_LABEL[query.moved].toLowerCase()}.
          </p>
        </NotificationBanner>
      )}
      {query.answered && (
        <NotificationBanner type="success" title="Answer published">
          <p>Answer published to every bidder. The asker&apos;s name is not shown.</p>
        </NotificationBanner>
      )}
      <TenderTabs tenderId={t.id} current="" />
      <SummaryList
        rows={[
          { key: "Status", value: <TenderStatusTag status={t.status} /> },
          {
            key: "Specification",
            value: `${t.specificationVersion.specification.reference}, version ${t.specificationVersion.version}: ${t.specificationVersion.title}`,
          },
          { key: "Estimated value", value: formatMoney(t.estimatedValue) },
          { key: "Published", value: t.publishedAt ? formatDateTime(t.publishedAt) : "Not yet" },
          { key: "Clarification questions close", value: formatDateTime(t.clarificationDeadline) },
          { key: "Submission deadline", value: formatDateTime(t.submissionDeadline) },
          { key: "Evaluation ends", value: formatDateTime(t.evaluationEndsAt) },
          { key: "Panel sees bidder names", value: t.hideBidderNames ? "No (Bidder A, B, C)" : "Yes" },
          {
            key: "Bids received",
            value: t.sealed ? "Sealed until the submission deadline" : String(t.submittedBids ?? 0),
          },
          ...(t.cancelledReason ? [{ key: "Reason for cancelling", value: t.cancelledReason }] : []),
        ]}
      />
      {t.status === "DRAFT" && (
        <p className="mb-6">
          <ButtonLink href={route(`/commissioner/tenders/${t.id}/edit`)} variant="secondary">
            Change the draft
          </ButtonLink>
        </p>
      )}

      {moves.length > 0 && (
        <>
          <SectionHeading>Next step</SectionHeading>
          {moves.map((to) => (
            <div key={to} className="mb-4">
              <p className="mb-2 text-secondary">{MOVES[to].hint}</p>
              <ActionForm action={moveTenderAction} fields={["form"]} submitLabel={MOVES[to].label}>
                <input type="hidden" name="tenderId" value={t.id} readOnly />
                <input type="hidden" name="to" value={to} readOnly />
              </ActionForm>
            </div>
          ))}
        </>
      )}
      {TENDER_TRANSITIONS[t.status].includes("CANCELLED") && (
        <Details summary="Cancel this tender">
          <WarningText>Cancelling cannot be undone. Every bidder is told, with your reason.</WarningText>
          <ActionForm
            action={moveTenderAction}
            fields={["reason"]}
            submitLabel="Yes, cancel the tender"
            submitVariant="warning"
          >
            <input type="hidden" name="tenderId" value={t.id} readOnly />
            <input type="hidden" name="to" value="CANCELLED" readOnly />
            <FormTextarea id="reason" name="reason" label="Reason for cancelling" rows={3} />
          </ActionForm>
        </Details>
      )}

      <SectionHeading>Criteria</SectionHeading>
      <Table
        caption="Criteria and weights"
        captionSize="s"
        head={["Criterion", "Type", "Question for bidders", "Weight"]}
        numericColumns={[3]}
        rows={t.criteria.map((c) => [
          c.title,
          c.kind === "QUALITY" ? "Quality" : c.kind === "PRICE" ? "Price" : "Young people",
          c.question || "Annual price (scored by formula)",
          `${c.weight}%`,
        ])}
      />

      <SectionHeading id="clarifications">Clarification questions</SectionHeading>
      {t.questions.length === 0 ? (
        <InsetText>No questions yet.</InsetText>
      ) : (
        <>
          <p className="mb-4">
            {unanswered} waiting for an answer. Answers are published to every bidder, without the
            asker&apos;s name.
          </p>
          {t.questions.map((q, i) => (
            <div key={q.id} className="mb-6 border-l-4 border-border pl-4">
              <h3 className="font-bold">Question {i + 1}</h3>
              <p className="text-secondary">
                Asked {formatDateTime(q.createdAt)} by {q.organisation.name} (not shown to other bidders)
              </p>
              <p className="mb-2 whitespace-pre-line">{q.question}</p>
              {q.publishedAt ? (
                <>
                  <p className="font-bold">Published answer ({formatDateTime(q.publishedAt)})</p>
                  <p className="whitespace-pre-line">{q.answer}</p>
                </>
              ) : (
                <ActionForm
                  action={answerQuestionAction}
                  fields={["answer"]}
                  submitLabel="Publish answer to every bidder"
                >
                  <input type="hidden" name="questionId" value={q.id} readOnly />
                  <input type="hidden" name="tenderId" value={t.id} readOnly />
                  <FormTextarea
                    id={`answer-${q.id}`}
                    name="answer"
                    label={`Answer to question ${i + 1}`}
                    rows={3}
                  />
                </ActionForm>
              )}
            </div>
          ))}
        </>
      )}

      <SectionHeading>Panel</SectionHeading>
      <p className="mb-4">
        {t.panel?.members.length
          ? `${t.panel.members.length} people on the panel.`
          : "No panel yet. Add commissioners and young commissioners, and the criteria each scores."}{" "}
        <Link href={`/commissioner/tenders/${t.id}/panel`} className="underline">
          Set up the panel
        </Link>
      </p>
    </>
  );
}
