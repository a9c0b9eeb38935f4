import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listCouncilYouSaidWeDid } from "@/lib/data/feedback/list-you-said-we-did";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { ActionProgressTag } from "@/components/feedback/action-progress-tag";

export const metadata: Metadata = { title: "You said, we did" };

export default async function CommissionerYouSaidWeDidPage() {
  const actor = await requirePageActor("read:feedback:council", { role: "COMMISSIONER" });
  const actions = await listCouncilYouSaidWeDid(actor);
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
        caption="Actions"
        head={["You said", "Themes", "Feedback linked", "Status", "Published", "Updated"]}
        numericColumns={[2]}
        emptyText="No actions yet."
        rows={actions.map((a) => [
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
    </>
  );
}
