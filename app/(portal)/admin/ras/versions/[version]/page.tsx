import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getRasVersion } from "@/lib/data/ras/get-ras-version";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate } from "@/lib/domain/dates";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { RasDomainsView, RasRuleSummary } from "@/components/ras/ras-definition-view";

export const metadata: Metadata = { title: "Version: resource allocation system" };

const paramsSchema = z.object({ version: z.coerce.number().int().min(1).max(100_000) });

export default async function RasVersionPage({ params }: PageProps<"/admin/ras/versions/[version]">) {
  const actor = await requirePageActor("read:ras:council", { role: "ADMIN" });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const v = await orNotFound(getRasVersion(actor, parsed.data.version));
  return (
    <>
      <BackLink href="/admin/ras">Back to the resource allocation system</BackLink>
      <PageHeading caption={`${v.name}, published ${formatDate(v.publishedAt)}`}>
        Version {v.version}
      </PageHeading>
      <p className="mb-6">A published version never changes. Assessments made under it keep it.</p>
      <SectionHeading size="m">Money rule</SectionHeading>
      <RasRuleSummary definition={v.definition} />
      <SectionHeading size="m">Domains and questions</SectionHeading>
      <RasDomainsView definition={v.definition} />
    </>
  );
}
