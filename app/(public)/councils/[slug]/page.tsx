import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCouncilHome } from "@/lib/data/public/council-home";
import { route, type Route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "Short breaks in your council" };

/** One public link and what it is for. */
function Signpost({ href, title, children }: { href: Route; title: string; children: ReactNode }) {
  return (
    <li className="border-t border-border py-4">
      <h3 className="mb-1 text-xl font-bold">
        <Link href={href}>{title}</Link>
      </h3>
      <p className="max-w-[75ch]">{children}</p>
    </li>
  );
}

/** Everything public about one council, in one place: what a parent, a child or a provider can find and do. */
export default async function CouncilHomePage({ params }: PageProps<"/councils/[slug]">) {
  const { slug } = await params;
  const council = await getCouncilHome(slug);
  if (!council) notFound();
  const base = `/councils/${council.slug}` as const;

  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: council.name }]} />
      <PageHeading caption="Short breaks">{council.name}</PageHeading>
      <EasyRead>
        This page is about short breaks from {council.name}. You can join the register, tell us what you
        think, and see what we changed.
      </EasyRead>
      <p className="mb-6 max-w-[75ch] text-xl">
        Short breaks that {council.name} plans and buys for disabled children and young people, and how
        families, children and providers take part.
      </p>

      <SectionHeading>For families, children and young people</SectionHeading>
      <ul className="mb-8">
        <Signpost href={route(`${base}/directory`)} title="Find a short break">
          {council.listings === 0
            ? "The directory of short breaks in the area: nothing is listed yet."
            : `The directory of short breaks in the area: ${council.listings} ${
                council.listings === 1 ? "listing" : "listings"
              }, searchable by age, area, type of need, type of break, cost and accessibility.`}
        </Signpost>
        <Signpost href={route(`${base}/statement`)} title="Short breaks services statement">
          What short breaks there are, who each is for, how to get them, how they help parents and carers, and
          what families changed. Also in Easy Read, to print or as a PDF.
        </Signpost>
        <Signpost href={route(`${base}/join-the-register`)} title="Join the register of disabled children">
          Tell the council about your child so that it can plan short breaks and keep you informed. What
          joining means, and how the numbers are used.
        </Signpost>
        <Signpost href={route(`${base}/have-your-say`)} title="Have your say">
          Children and young people tell us about a short break, in an Easy Read form. No account needed.
        </Signpost>
        <Signpost href={route(`${base}/you-said-we-did`)} title="You said, we did">
          {council.youSaidWeDid === 0
            ? "What we change because of what families and children tell us. Nothing is published yet."
            : `What we changed because of what families and children told us: ${council.youSaidWeDid} ${
                council.youSaidWeDid === 1 ? "change" : "changes"
              } so far.`}
        </Signpost>
      </ul>

      <SectionHeading>Facts and figures</SectionHeading>
      <ul className="mb-8">
        <Signpost href={route(`${base}/statistics`)} title="Statistics from the register">
          How many children are on the register, by district, age and type of need. Small numbers are
          protected so that no child can be identified.
        </Signpost>
      </ul>

      <SectionHeading>For providers</SectionHeading>
      <ul className="mb-8">
        <Signpost href={route(`${base}/tenders`)} title="Tenders and contract awards">
          {council.openTenders === 0
            ? "No tenders are open for bids just now. Past tenders and who won them are listed."
            : `${council.openTenders} ${council.openTenders === 1 ? "tender is" : "tenders are"} open for bids, with past tenders and who won them.`}
        </Signpost>
        <Signpost href={route(`${base}/contracts`)} title="Contracts register">
          The council&apos;s contracts worth more than £5,000: who provides them, for how long, and what they
          are worth.
        </Signpost>
      </ul>

      <SectionHeading>Open data</SectionHeading>
      <p className="mb-6 max-w-[75ch]">
        The whole contracting process (plans, tenders, awards, contracts, payments and results) as an{" "}
        <a href={`/api/ocds/${council.slug}/releases`} className="underline">
          Open Contracting Data Standard release package (JSON)
        </a>
        , and the contracts register as{" "}
        <a href={`/api/transparency/${council.slug}/contracts.csv`} className="underline">
          Transparency Code CSV
        </a>
        , and the directory of short breaks as{" "}
        <a href={`/api/oruk/${council.slug}/services`} className="underline">
          Open Referral UK services (JSON)
        </a>
        .
      </p>

      <SectionHeading>About these pages</SectionHeading>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={route(`${base}/accessibility`)}>Accessibility statement</Link>
        </li>
        <li>
          <Link href={route(`${base}/privacy`)}>Privacy notice for the register</Link>
        </li>
      </ul>
    </>
  );
}
