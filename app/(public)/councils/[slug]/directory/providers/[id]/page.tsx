import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDirectoryProvider } from "@/lib/data/directory/get-directory-provider";
import { ageRangeLabel } from "@/lib/domain/directory";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { EasyRead } from "@/components/layout/easy-read";
import { CostTag, LastReviewed } from "@/components/directory/listing-facts";
import { ProviderStanding } from "@/components/directory/provider-standing";

export const metadata: Metadata = { title: "Short breaks provider" };

/** Public: a provider in a council's directory, its standing with the council and its published listings. */
export default async function DirectoryProviderPage({
  params,
}: PageProps<"/councils/[slug]/directory/providers/[id]">) {
  const { slug, id } = await params;
  const data = await getDirectoryProvider(slug, id);
  if (!data) notFound();
  const { council, organisation: o, standing, services } = data;
  const base = `/councils/${council.slug}/directory` as const;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { href: route(base), label: "Short breaks directory" },
          { label: o.name },
        ]}
      />
      <PageHeading caption="Short breaks provider">{o.name}</PageHeading>
      <EasyRead>This page tells you about one organisation and the short breaks it runs.</EasyRead>
      <ProviderStanding councilName={council.name} standing={standing} />
      {o.isVcs && (
        <p className="mb-4">
          <Tag colour="turquoise">Voluntary or community organisation</Tag>
        </p>
      )}
      <SummaryList
        rows={[
          ...(o.phone
            ? [{ key: "Phone", value: <a href={`tel:${o.phone.replace(/\s/g, "")}`}>{o.phone}</a> }]
            : []),
          ...(o.email ? [{ key: "Email", value: <a href={`mailto:${o.email}`}>{o.email}</a> }] : []),
          ...(o.website ? [{ key: "Website", value: <a href={o.website}>{o.website}</a> }] : []),
          ...(o.charityNumber ? [{ key: "Charity number", value: o.charityNumber }] : []),
          ...(o.companyNumber ? [{ key: "Company number", value: o.companyNumber }] : []),
        ]}
      />
      <SectionHeading>
        Short breaks in {council.name} ({services.length})
      </SectionHeading>
      <ul className="mb-8">
        {services.map((s) => (
          <li key={s.id} className="border-t border-border py-4">
            <h3 className="mb-1 text-xl font-bold">
              <Link href={route(`${base}/services/${s.id}`)}>{s.name}</Link>
            </h3>
            <p className="mb-1 flex flex-wrap items-center gap-2 text-base">
              <span>{s.serviceType.name}</span>
              <span>· {ageRangeLabel(s.ageMin, s.ageMax)}</span>
              <CostTag isFree={s.isFree} />
            </p>
            <p className="text-base text-secondary">
              <LastReviewed lastReviewedAt={s.lastReviewedAt} createdAt={s.createdAt} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
