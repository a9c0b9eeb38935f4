import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listCouncils } from "@/lib/data/council/list-councils";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { councilSlugField } from "@/lib/schemas/council";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Councils" };

const query = z.object({ created: councilSlugField.optional(), page: pageField });

/** The platform administrator's home: every council, by name and size only. */
export default async function PlatformPage({ searchParams }: PageProps<"/platform">) {
  const actor = await requirePageActor("read:council:platform", { role: "PLATFORM_ADMIN" });
  const { created, page } = parseSearchParams(query, await searchParams);
  const { councils, created: made } = await listCouncils(actor, page, created);
  return (
    <>
      {made && (
        <NotificationBanner type="success" title="Council created">
          <p>{made.name} is created. Its first administrator is sent an invitation to set a password.</p>
        </NotificationBanner>
      )}
      <PageHeading caption="Platform administration">Councils</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/platform/councils/new">Add a council</ButtonLink>
      </p>
      <Table
        caption={`${councils.total} ${councils.total === 1 ? "council" : "councils"}`}
        head={["Council", "Web address", "Districts", "People", "Created"]}
        numericColumns={[2, 3]}
        emptyText="No councils yet."
        rows={councils.items.map((c) => [
          c.name,
          `/councils/${c.slug}`,
          String(c._count.districts),
          String(c._count.memberships),
          formatDate(c.createdAt),
        ])}
      />
      <Pagination page={councils.page} pageCount={councils.pageCount} baseHref="/platform" label="Councils" />
    </>
  );
}
