import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDirectoryService } from "@/lib/data/directory/get-directory-service";
import { ageRangeLabel } from "@/lib/domain/directory";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { EasyRead } from "@/components/layout/easy-read";
import { AccessibilityList, CostTag, LastReviewed } from "@/components/directory/listing-facts";
import { ProviderStanding } from "@/components/directory/provider-standing";

export const metadata: Metadata = { title: "Short break" };

/** Public: one published listing of a council's directory. */
export default async function DirectoryServicePage({
  params,
}: PageProps<"/councils/[slug]/directory/services/[id]">) {
  const { slug, id } = await params;
  const data = await getDirectoryService(slug, id);
  if (!data) notFound();
  const { council, service: s, standing } = data;
  const base = `/councils/${council.slug}/directory` as const;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { href: route(base), label: "Short breaks directory" },
          { label: s.name },
        ]}
      />
      <PageHeading caption={s.serviceType.name}>{s.name}</PageHeading>
      <EasyRead>
        This page tells you about one short break: who it is for, where it is, and how to get in touch.
      </EasyRead>
      <p className="mb-4 text-base text-secondary">
        <LastReviewed lastReviewedAt={s.lastReviewedAt} createdAt={s.createdAt} />
      </p>
      <p className="mb-6 max-w-[75ch] text-xl whitespace-pre-line">{s.description}</p>

      <SummaryList
        rows={[
          {
            key: "Provided by",
            value: <Link href={route(`${base}/providers/${s.organisation.id}`)}>{s.organisation.name}</Link>,
          },
          { key: "Ages", value: ageRangeLabel(s.ageMin, s.ageMax) },
          { key: "Who can use it", value: s.eligibility ?? "Ask the provider." },
          {
            key: "Cost",
            value: (
              <span className="flex flex-wrap items-center gap-2">
                <CostTag isFree={s.isFree} />
                {s.costInfo && <span>{s.costInfo}</span>}
              </span>
            ),
          },
          { key: "Areas", value: s.districts.map((d) => d.name).join(", ") || "Not given" },
          {
            key: "Types of need",
            value: s.needTypes.length ? s.needTypes.map((n) => n.name).join(", ") : "Open to all",
          },
        ]}
      />

      <SectionHeading size="m">Accessibility</SectionHeading>
      <AccessibilityList features={s.accessibilityFeatures} />

      <SectionHeading size="m">Where and how to get in touch</SectionHeading>
      <SummaryList
        rows={[
          ...(s.venue ? [{ key: "Venue", value: s.venue }] : []),
          ...(s.address || s.postcode
            ? [{ key: "Address", value: [s.address, s.postcode].filter(Boolean).join(", ") }]
            : []),
          ...(s.phone
            ? [{ key: "Phone", value: <a href={`tel:${s.phone.replace(/\s/g, "")}`}>{s.phone}</a> }]
            : []),
          ...(s.email ? [{ key: "Email", value: <a href={`mailto:${s.email}`}>{s.email}</a> }] : []),
          ...(s.url ? [{ key: "Website", value: <a href={s.url}>{s.url}</a> }] : []),
        ]}
      />

      <SectionHeading size="m">About the provider</SectionHeading>
      <ProviderStanding councilName={council.name} standing={standing} />
    </>
  );
}
