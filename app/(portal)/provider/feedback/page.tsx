import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listProviderFeedback } from "@/lib/data/feedback/provider-feedback";
import { formatDate } from "@/lib/domain/dates";
import { FACE_LABEL, FEEDBACK_SOURCE_LABEL, RATING_QUESTIONS } from "@/lib/domain/feedback-questions";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { InsetText } from "@/components/ui/inset-text";
import { ReplyForm } from "./reply-form";

export const metadata: Metadata = { title: "Feedback about your services" };

export default async function ProviderFeedbackPage({ searchParams }: PageProps<"/provider/feedback">) {
  const actor = await requirePageActor("read:feedback:own", { role: "PROVIDER" });
  const { page } = parseSearchParams(z.object({ page: pageField }), await searchParams);
  const result = await listProviderFeedback(actor, page);
  return (
    <>
      <PageHeading caption={actor.councilName}>Feedback about your services</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        What families and children said about your services and contracts. You see their words only where they
        agreed to be quoted, and never who they are.
      </p>
      <p className="mb-8">
        <ButtonLink href="/provider/feedback/children" variant="secondary">
          Enter children&apos;s feedback from your sessions
        </ButtonLink>
      </p>
      {result.items.length === 0 && <p>No feedback about your organisation yet.</p>}
      {result.items.map((f) => (
        <article key={f.id} className="mb-10 border-l-4 border-border pl-4" aria-labelledby={`fb-${f.id}`}>
          <h2 id={`fb-${f.id}`} className="mb-2 text-xl font-bold">
            {f.receiptCode}: {FEEDBACK_SOURCE_LABEL[f.source]}, {formatDate(f.createdAt)}
          </h2>
          <p className="mb-2 text-secondary">
            About{" "}
            {f.service?.name ??
              (f.contract ? `${f.contract.reference}: ${f.contract.title}` : "your organisation")}
          </p>
          {f.face && <p className="mb-2">Face: {FACE_LABEL[f.face]}</p>}
          {f.ratings.length > 0 && (
            <ul className="mb-2 list-disc pl-6">
              {RATING_QUESTIONS.map((q) => {
                const r = f.ratings.find((x) => x.question === q.code);
                return r ? <li key={q.code}>{`${q.label}: ${r.value} out of 5`}</li> : null;
              })}
            </ul>
          )}
          {f.quotable ? (
            <>
              {f.comment && (
                <p className="mb-2 max-w-[75ch] whitespace-pre-wrap">&ldquo;{f.comment}&rdquo;</p>
              )}
              {f.liked && <p className="mb-2">Liked: &ldquo;{f.liked}&rdquo;</p>}
              {f.improve && <p className="mb-2">Would make it better: &ldquo;{f.improve}&rdquo;</p>}
            </>
          ) : (
            <InsetText>Their words are not shown: they did not agree to be quoted.</InsetText>
          )}
          {f.replies.map((r) => (
            <p key={r.id} className="mb-2 max-w-[75ch]">
              <strong>{r.authorRole === "PROVIDER" ? "Your reply" : "The council replied"}</strong> (
              {formatDate(r.createdAt)}): {r.body}
            </p>
          ))}
          {f.source !== "PROVIDER_COLLECTED" && (
            <ReplyForm feedbackId={f.id} receiptCode={f.receiptCode} submissionKey={randomUUID()} />
          )}
        </article>
      ))}
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/provider/feedback" />
    </>
  );
}
