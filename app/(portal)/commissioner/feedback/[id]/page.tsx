import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilFeedback } from "@/lib/data/feedback/get-council-feedback";
import { listFeedbackThemes } from "@/lib/data/feedback/list-council-feedback";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { FACE_LABEL, FEEDBACK_SOURCE_LABEL, RATING_QUESTIONS } from "@/lib/domain/feedback-questions";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { FeedbackStatusTag } from "@/components/feedback/feedback-status-tag";
import { ActionProgressTag } from "@/components/feedback/action-progress-tag";
import { StatusForm, ThemesForm } from "./feedback-forms";

export const metadata: Metadata = { title: "Feedback" };

export default async function CommissionerFeedbackItemPage({
  params,
}: PageProps<"/commissioner/feedback/[id]">) {
  const actor = await requirePageActor("read:feedback:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const [f, themes] = await Promise.all([
    orNotFound(getCouncilFeedback(actor, id)),
    listFeedbackThemes(actor),
  ]);
  const rating = (code: string) => f.ratings.find((r) => r.question === code)?.value;
  return (
    <>
      <BackLink href="/commissioner/feedback">Back to the feedback inbox</BackLink>
      <PageHeading caption={FEEDBACK_SOURCE_LABEL[f.source]}>Feedback {f.receiptCode}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <FeedbackStatusTag status={f.status} /> },
          { key: "Received", value: formatDateTime(f.createdAt) },
          { key: "Service", value: f.service?.name ?? "None given" },
          {
            key: "Contract",
            value: f.contract ? `${f.contract.reference}: ${f.contract.title}` : "None given",
          },
          { key: "Provider", value: f.providerName ?? "None given" },
          ...(f.face ? [{ key: "Face", value: FACE_LABEL[f.face] }] : []),
          ...(f.liked !== null ? [{ key: "What they liked", value: f.liked }] : []),
          ...(f.improve !== null ? [{ key: "What would make it better", value: f.improve }] : []),
          ...(f.helpedByAdult !== null
            ? [{ key: "Filled in", value: f.helpedByAdult ? "With an adult's help" : "By the child alone" }]
            : []),
          ...RATING_QUESTIONS.filter((q) => rating(q.code) !== undefined).map((q) => ({
            key: q.label,
            value: `${rating(q.code)} out of 5`,
          })),
          ...(f.comment !== null
            ? [{ key: "Comment", value: <span className="whitespace-pre-wrap">{f.comment}</span> }]
            : []),
          { key: "May be quoted anonymously", value: f.consentToQuote ? "Yes" : "No" },
          {
            key: "Contact",
            value: f.contactRequested
              ? `Asked to be contacted${f.contactEmail ? `: ${f.contactEmail}` : ""}`
              : "Not asked",
          },
        ]}
      />
      <div className="grid gap-8 md:grid-cols-2">
        <ThemesForm feedbackId={f.id} themes={themes} current={f.tags.map((t) => t.themeId)} />
        <StatusForm feedbackId={f.id} current={f.status} />
      </div>
      <p className="mb-8">
        <Link href="/commissioner/feedback/themes">Manage the list of themes</Link>
      </p>

      <SectionHeading>&ldquo;You said, we did&rdquo; actions</SectionHeading>
      {f.actions.length === 0 ? (
        <p className="mb-6">
          Not linked to an action yet. <Link href="/commissioner/you-said-we-did/new">Create an action</Link>
        </p>
      ) : (
        <ul className="mb-6 space-y-3">
          {f.actions.map((a) => (
            <li key={a.id}>
              <ActionProgressTag status={a.status} />{" "}
              <Link href={`/commissioner/you-said-we-did/${a.id}`}>{a.youSaid}</Link>
              {a.publishedAt ? ` (published ${formatDate(a.publishedAt)})` : " (not published)"}
            </li>
          ))}
        </ul>
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
