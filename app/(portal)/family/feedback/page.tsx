import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listFamilyFeedback } from "@/lib/data/feedback/family-feedback";
import { formatDate } from "@/lib/domain/dates";
import { FEEDBACK_SOURCE_LABEL } from "@/lib/domain/feedback-questions";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EasyRead } from "@/components/layout/easy-read";
import { FeedbackStatusTag } from "@/components/feedback/feedback-status-tag";

export const metadata: Metadata = { title: "Your feedback" };

export default async function FamilyFeedbackPage({ searchParams }: PageProps<"/family/feedback">) {
  const actor = await requirePageActor("read:feedback:own", { role: "FAMILY" });
  const { page } = parseSearchParams(z.object({ page: pageField }), await searchParams);
  const result = await listFamilyFeedback(actor, page);
  return (
    <>
      <PageHeading caption={actor.councilName}>Your feedback</PageHeading>
      <EasyRead>Tell us what you think. See what we did about it.</EasyRead>
      <p className="mb-6 max-w-[75ch]">
        Tell the council what works and what could be better. You can follow each piece of feedback here, and
        see what the council did about it.
      </p>
      <div className="mb-8 flex flex-wrap gap-4">
        <ButtonLink href="/family/feedback/new">Give feedback</ButtonLink>
        <ButtonLink href="/family/feedback/child" variant="secondary">
          Easy Read form for your child
        </ButtonLink>
      </div>
      <Table
        caption="Feedback you have given"
        head={["Reference", "From", "About", "Sent", "Status"]}
        emptyText="You have not given feedback yet."
        rows={result.items.map((f) => [
          <Link key="r" href={`/family/feedback/${f.id}`}>
            {f.receiptCode}
          </Link>,
          FEEDBACK_SOURCE_LABEL[f.source],
          f.about ?? "Short breaks in general",
          formatDate(f.createdAt),
          <span key="s" className="flex flex-wrap gap-2">
            <FeedbackStatusTag status={f.status} />
            {f._count.actions > 0 && <span>The council has acted on it</span>}
          </span>,
        ])}
      />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/family/feedback" />
    </>
  );
}
