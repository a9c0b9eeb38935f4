import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { searchDirectory } from "@/lib/data/directory/search-directory";
import { ACCESSIBILITY_FEATURES, ACCESSIBILITY_LABELS, ageRangeLabel } from "@/lib/domain/directory";
import { directorySearchQuery, parseDirectorySearch } from "@/lib/schemas/directory-search";
import { route, uncheckedRoute } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { Checkboxes, Radios, Select, TextInput } from "@/components/ui/field";
import { PageHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { EasyRead } from "@/components/layout/easy-read";
import { CostTag, LastReviewed } from "@/components/directory/listing-facts";

export const metadata: Metadata = { title: "Short breaks directory" };

/** Public: a council's published short breaks, searched and filtered, a page at a time. */
export default async function DirectoryPage({
  params,
  searchParams,
}: PageProps<"/councils/[slug]/directory">) {
  const { slug } = await params;
  const search = parseDirectorySearch(await searchParams);
  const data = await searchDirectory(slug, search);
  if (!data) notFound();
  const { council, options, result } = data;
  const base = `/councils/${council.slug}/directory` as const;
  const filtered =
    !!search.q ||
    search.age !== undefined ||
    !!search.need ||
    !!search.district ||
    !!search.type ||
    !!search.cost ||
    search.access.length > 0;
  const any = (label: string) => [{ value: "", label }];

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { label: "Short breaks directory" },
        ]}
      />
      <PageHeading caption={council.name}>Find a short break</PageHeading>
      <EasyRead>
        Find short breaks near you. Short breaks are fun things to do, and give your family a rest.
      </EasyRead>
      <p className="mb-6 max-w-[75ch]">
        Short breaks for disabled children and young people in the {council.name} area: play schemes, clubs,
        overnight stays, sitting services and more. Providers keep their listings up to date and the council
        checks every change before it appears here.
      </p>
      <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
        <form method="get" role="search" aria-label="Search and filter" className="bg-panel p-4 self-start">
          <TextInput id="q" name="q" label="Search by name or description" defaultValue={search.q} />
          <TextInput
            id="age"
            name="age"
            label="Child's age"
            hint="In years, from 0 to 25"
            inputMode="numeric"
            width="3"
            defaultValue={search.age === undefined ? undefined : String(search.age)}
          />
          <Select
            id="need"
            name="need"
            label="Type of need"
            defaultValue={search.need ?? ""}
            options={[
              ...any("Any need"),
              ...options.needTypes.map((n) => ({ value: n.code, label: n.name })),
            ]}
          />
          <Select
            id="district"
            name="district"
            label="Area"
            defaultValue={search.district ?? ""}
            options={[
              ...any("Any area"),
              ...options.districts.map((d) => ({ value: d.code, label: d.name })),
            ]}
          />
          <Select
            id="type"
            name="type"
            label="Type of break"
            defaultValue={search.type ?? ""}
            options={[
              ...any("Any type of break"),
              ...options.serviceTypes.map((t) => ({ value: t.code, label: t.name })),
            ]}
          />
          <Radios
            name="cost"
            legend="Cost"
            legendSize="s"
            defaultValue={search.cost ?? ""}
            options={[
              { value: "", label: "Free or paid" },
              { value: "free", label: "Free to families" },
              { value: "paid", label: "Costs money" },
            ]}
          />
          <Checkboxes
            name="access"
            legend="Accessibility"
            legendSize="s"
            hint="Show only services with all of these"
            defaultValues={search.access}
            options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: ACCESSIBILITY_LABELS[f] }))}
          />
          <Button variant="secondary">Search</Button>
          {filtered && (
            <p className="mt-4">
              <Link href={route(base)}>Clear search and filters</Link>
            </p>
          )}
        </form>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-4 text-2xl font-bold" aria-live="polite">
            {result.total} {result.total === 1 ? "short break" : "short breaks"}
            {filtered ? " found" : ""}
          </h2>
          {result.items.length === 0 ? (
            <div className="mb-8">
              <p className="mb-2">
                {filtered
                  ? "No short breaks match your search."
                  : `${council.name} has no short breaks listed yet.`}
              </p>
              {filtered && (
                <ul className="list-disc pl-6">
                  <li>try fewer filters, or other words</li>
                  <li>
                    <Link href={route(base)}>see every short break</Link>
                  </li>
                </ul>
              )}
            </div>
          ) : (
            <ul className="mb-8">
              {result.items.map((s) => (
                <li key={s.id} className="border-t border-border py-4">
                  <h3 className="mb-1 text-xl font-bold">
                    <Link href={route(`${base}/services/${s.id}`)}>{s.name}</Link>
                  </h3>
                  <p className="mb-2 text-base text-secondary">
                    {s.serviceType.name} · by{" "}
                    <Link href={route(`${base}/providers/${s.organisation.id}`)}>{s.organisation.name}</Link>
                  </p>
                  <p className="mb-2 line-clamp-3 max-w-[75ch]">{s.description}</p>
                  <p className="mb-1 flex flex-wrap items-center gap-2 text-base">
                    <CostTag isFree={s.isFree} />
                    <span>{ageRangeLabel(s.ageMin, s.ageMax)}</span>
                    <span>· {s.districts.map((d) => d.name).join(", ")}</span>
                  </p>
                  {s.accessibilityFeatures.length > 0 && (
                    <p className="mb-1 text-base">
                      {s.accessibilityFeatures.map((f) => ACCESSIBILITY_LABELS[f]).join(" · ")}
                    </p>
                  )}
                  <p className="text-base text-secondary">
                    <LastReviewed lastReviewedAt={s.lastReviewedAt} createdAt={s.createdAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            baseHref={uncheckedRoute(`${base}${directorySearchQuery({ ...search, page: 1 })}`)}
          />
        </section>
      </div>
    </>
  );
}
