import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listCouncilYouSaidWeDid } from "@/lib/data/feedback/list-you-said-we-did";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ActionProgressTag } from "@/components/feedback/action-progress-tag";

export const metadata: Metadata = { title: "You said, we did" };

export default async function CommissionerYouSaidWeDidPage({
  searchParams,
}: PageProps<"/commissioner/you-said-we-did">) {
  const actor = await requirePageActor("read:feedback:council", { role: "COMMISSIONER" });
  const { page } = parseSearchParams(z.object({ page: pageField }), await searchParams);
  const result = await listCouncilYouSaidWeDid(actor, page);
  return (
    <>
      <PageHeading caption={actor.councilName}>You said, we did</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Actions the council takes because of feedback. Published actions show on the{" "}
        <Link href={`/councils/${actor.councilSlug}/you-said-we-did`}>public page</Link>, and families whose
        feedback is linked see them in their account.
      </p>
      <p className="mb-8">
        <ButtonLink href="/commissioner/you-said-we-did/new">Create an action</ButtonLink>
      </p>
      <Table
        caption={`${result.total} ${result.total === 1 ? "action" : "actions"}`}
        head={["You said", "Themes", "Feedback linked", "Status", "Published", "Updated"]}
        numericColumns={[2]}
        emptyText="No actions yet."
        rows={result.items.map((a) => [
          <Link key="l" href={`/commissioner/you-said-we-did/${a.id}`}>
            {a.youSaid.length > 80 ? `${a.youSaid.slice(0, 79)}…` : a.youSaid}
          </Link>,
          a.themes.map((t) => t.name).join(", "),
          a._count.feedback,
          <ActionProgressTag key="s" status={a.status} />,
          a.publishedAt ? formatDate(a.publishedAt) : "Not published",
          formatDate(a.updatedAt),
        ])}
      />
      <Pagination page={result.page} pageCount={result.pageCount} baseHref="/commissioner/you-said-we-did" />
    </>
  );
}
