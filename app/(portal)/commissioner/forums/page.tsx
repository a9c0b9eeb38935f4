import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listAnnouncements } from "@/lib/data/announcements/list-announcements";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { AnnouncementKind } from "@/lib/generated/prisma/enums";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { FilterForm } from "@/components/ui/filter-form";
import { Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import {
  AnnouncementKindTag,
  KIND_LABEL,
  audienceLabel,
} from "@/components/announcements/announcement-kind-tag";

export const metadata: Metadata = { title: "Forums and announcements" };

const organisations = (n: number) => `${n} ${n === 1 ? "organisation" : "organisations"}`;

const searchSchema = z.object({ kind: z.enum(AnnouncementKind).optional(), page: pageField });

export default async function ForumsPage({ searchParams }: PageProps<"/commissioner/forums">) {
  const actor = await requirePageActor("read:announcement:council", { role: "COMMISSIONER" });
  const { kind, page } = parseSearchParams(searchSchema, await searchParams);
  const result = await listAnnouncements(actor, { kind, page });
  return (
    <>
      <PageHeading caption={actor.councilName}>Forums and announcements</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/commissioner/forums/new">Publish an announcement or forum event</ButtonLink>
      </p>
      <FilterForm>
        <Select
          id="kind"
          name="kind"
          label="Show"
          defaultValue={kind ?? ""}
          options={[
            { value: "", label: "Announcements and forum events" },
            ...Object.values(AnnouncementKind).map((k) => ({ value: k, label: `${KIND_LABEL[k]}s only` })),
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "item" : "items"}, newest first`}
        head={["Title", "Kind", "Audience", "Published", "Progress"]}
        emptyText="Nothing has been published yet. Publish an announcement or a forum event."
        rows={result.items.map((a) => [
          <Link key="l" href={`/commissioner/forums/${a.id}`} className="underline">
            {a.title}
          </Link>,
          <AnnouncementKindTag key="k" kind={a.kind} />,
          `${audienceLabel(a.serviceType)} (${organisations(a.audienceSize)})`,
          formatDate(a.publishedAt),
          a.kind === "FORUM_EVENT"
            ? `${a.eventAt ? `${formatDateTime(a.eventAt)}. ` : ""}${a.recorded === 0 ? "No attendance recorded" : `${a.attended} attended`}`
            : a.requiresAcknowledgement
              ? `${a.acknowledged} of ${organisations(a.audienceSize)} acknowledged`
              : "No acknowledgement needed",
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/forums"
        params={{ kind }}
      />
    </>
  );
}
