import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getFamilyFeedback } from "@/lib/data/feedback/family-feedback";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/domain/dates";
import { FACE_LABEL, FEEDBACK_SOURCE_LABEL, RATING_QUESTIONS } from "@/lib/domain/feedback-questions";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { EasyRead } from "@/components/layout/easy-read";
import { FeedbackStatusTag } from "@/components/feedback/feedback-status-tag";
import { ActionProgressTag } from "@/components/feedback/action-progress-tag";

export const metadata: Metadata = { title: "Your feedback" };

export default async function FamilyFeedbackItemPage({
  params,
  searchParams,
}: PageProps<"/family/feedback/[id]">) {
  const actor = await requirePageActor("read:feedback:own", { role: "FAMILY" });
  const { id } = await params;
  const sent = parseSearchParams(z.object({ sent: flagField("1") }), await searchParams).sent === "1";
  const f = await orNotFound(getFamilyFeedback(actor, id));
  const rating = (code: string) => f.ratings.find((r) => r.question === code)?.value;
  return (
    <>
      <BackLink href="/family/feedback">Back to your feedback</BackLink>
      {sent && (
        <NotificationBanner type="success" title="Feedback sent">
          <p>
            Thank you. Your reference is <strong>{f.receiptCode}</strong>. You can follow what happens on this
            page.
          </p>
        </NotificationBanner>
      )}
      <PageHeading caption={`Reference ${f.receiptCode}`}>Your feedback</PageHeading>
      <EasyRead>This is what you told us, and what we did about it.</EasyRead>
      <SummaryList
        rows={[
          { key: "Status", value: <FeedbackStatusTag status={f.status} /> },
          { key: "Sent", value: formatDateTime(f.createdAt) },
          { key: "From", value: FEEDBACK_SOURCE_LABEL[f.source] },
          {
            key: "About",
            value: f.service?.name ?? f.contract?.title ?? f.providerName ?? "Short breaks in general",
          },
          ...(f.face ? [{ key: "Face", value: FACE_LABEL[f.face] }] : []),
          ...(f.liked !== null ? [{ key: "What they liked", value: f.liked }] : []),
          ...(f.improve !== null ? [{ key: "What would make it better", value: f.improve }] : []),
          ...(f.helpedByAdult !== null
            ? [
                {
                  key: "Filled in",
                  value: f.helpedByAdult ? "With a parent, carer or helper" : "On their own",
                },
              ]
            : []),
          ...RATING_QUESTIONS.filter((q) => rating(q.code) !== undefined).map((q) => ({
            key: q.label,
            value: `${rating(q.code)} out of 5`,
          })),
          ...(f.comment !== null
            ? [{ key: "Your words", value: <span className="whitespace-pre-wrap">{f.comment}</span> }]
            : []),
          ...(f.source === "PARENT"
            ? [
                { key: "May be quoted without your name", value: f.consentToQuote ? "Yes" : "No" },
                { key: "Asked to be contacted", value: f.contactRequested ? "Yes" : "No" },
              ]
            : []),
        ]}
      />

      <SectionHeading>What happened to what you said</SectionHeading>
      {f.actions.length === 0 ? (
        <p className="mb-6">The council has not published an action linked to this feedback yet.</p>
      ) : (
        f.actions.map((a) => (
          <article key={a.id} className="mb-6 border-l-4 border-border pl-4">
            <p className="mb-2">
              <ActionProgressTag status={a.status} />{" "}
              <span className="ml-2">{a.themes.map((t) => t.name).join(", ")}</span>
            </p>
            <h3 className="mb-1 font-bold">You said</h3>
            <p className="mb-3 max-w-[75ch]">{a.youSaid}</p>
            <h3 className="mb-1 font-bold">We did</h3>
            <p className="mb-3 max-w-[75ch]">{a.weDid}</p>
            <p className="text-secondary">
              {a.startedOn ? `Started ${formatCalendarDate(a.startedOn)}. ` : ""}
              {a.completedOn ? `Done ${formatCalendarDate(a.completedOn)}. ` : ""}
              Last updated {formatDate(a.updatedAt)}.
            </p>
          </article>
        ))
      )}

      {f.replies.length > 0 && (
        <>
          <SectionHeading>Replies</SectionHeading>
          {f.replies.map((r) => (
            <article key={r.id} className="mb-6 border-l-4 border-border pl-4">
              <p className="mb-1 font-bold">
                {r.authorRole === "PROVIDER" ? "The provider" : "The council"} replied on{" "}
                {formatDate(r.createdAt)}
              </p>
              <p className="max-w-[75ch] whitespace-pre-wrap">{r.body}</p>
            </article>
          ))}
        </>
      )}
    </>
  );
}
