import type { Metadata } from "next";
import { z } from "zod";
import { idField, parseSearchParams } from "@/lib/schemas/search-params";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { requirePageActor } from "@/lib/auth/session";
import { listOrganisationCouncils } from "@/lib/data/organisations/apply-to-council";
import { PROVIDER_STATUS_LABEL, type ProviderStatusValue } from "@/lib/schemas/organisation";
import { formatDate } from "@/lib/domain/dates";
import { applyToCouncilAction } from "./actions";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag, type TagColour } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Councils you work with" };

const COLOUR: Record<ProviderStatusValue, TagColour> = {
  APPLIED: "yellow",
  APPROVED: "green",
  SUSPENDED: "red",
  REMOVED: "grey",
};

const query = z.object({ applied: idField });

export default async function ProviderCouncilsPage({ searchParams }: PageProps<"/provider/councils">) {
  const actor = await requirePageActor("read:council-standing:own", { role: "PROVIDER" });
  const { applied } = parseSearchParams(query, await searchParams);
  const councils = await listOrganisationCouncils(actor);
  const appliedTo = councils.find((c) => c.id === applied && c.standing?.status === "APPLIED");
  return (
    <>
      {appliedTo && (
        <NotificationBanner type="success" title="Application sent">
          <p>Your application to {appliedTo.name} is sent. The council will approve or refuse it.</p>
        </NotificationBanner>
      )}
      <PageHeading caption="Your organisation">Councils you work with</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        A council&apos;s approved providers can be chosen for families&apos; personal budgets and are shown as
        approved in its directory. Bidding for a council&apos;s tenders does not need approval. Apply to a
        council to ask to be on its approved list: the council approves or refuses, with a reason.
      </p>
      <Table
        caption={`${councils.length} ${councils.length === 1 ? "council" : "councils"} on the portal`}
        head={["Council", "Your standing", "Since", "Apply"]}
        emptyText="No councils yet."
        rows={councils.map((c) => [
          c.name,
          c.standing ? (
            <span key="s">
              <Tag colour={COLOUR[c.standing.status]}>
                {c.standing.status === "REMOVED"
                  ? "Refused or removed"
                  : PROVIDER_STATUS_LABEL[c.standing.status]}
              </Tag>
              {c.standing.statusReason && (
                <span className="mt-1 block">Reason: {c.standing.statusReason}</span>
              )}
            </span>
          ) : (
            "Not working together yet"
          ),
          c.standing ? formatDate(c.standing.statusChangedAt ?? c.standing.createdAt) : "",
          !c.standing || c.standing.status === "REMOVED" ? (
            <ActionForm
              key="a"
              action={applyToCouncilAction}
              fields={[]}
              submitVariant="secondary"
              submitLabel={
                <>
                  {c.standing ? "Apply again" : "Apply"}
                  <span className="sr-only"> to {c.name}</span>
                </>
              }
            >
              <input type="hidden" name="councilId" value={c.id} />
            </ActionForm>
          ) : (
            ""
          ),
        ])}
      />
    </>
  );
}
