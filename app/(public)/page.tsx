import type { Metadata } from "next";
import Link from "next/link";
import { listCouncils } from "@/lib/data/public/list-councils";
import { getActor } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: { absolute: "Short Breaks Portal" } };

export default async function HomePage() {
  const [councils, actor] = await Promise.all([listCouncils(), getActor()]);
  return (
    <>
      <PageHeading>Short breaks for disabled children and young people</PageHeading>
      <EasyRead>
        Short breaks are fun things for disabled children to do. They also give families a rest.
      </EasyRead>
      <p className="mb-4 max-w-[75ch] text-xl">
        Short breaks give disabled children and young people time to enjoy themselves, and give their families
        a break from caring. Play schemes, clubs, overnight stays, sitting services and one-to-one support are
        all short breaks.
      </p>
      <p className="mb-6 max-w-[75ch]">
        Councils use this service to plan and buy short breaks, to hear what families and children think, and
        to show what changed because of it.
      </p>
      {actor ? (
        <ButtonLink href={roleHome(actor.role)}>Go to your home page</ButtonLink>
      ) : (
        <ButtonLink href="/sign-in">Sign in</ButtonLink>
      )}

      <SectionHeading>Who uses this service</SectionHeading>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>
          Parents and carers register their child, give feedback and see their child&apos;s personal budget.
        </li>
        <li>Children and young people tell us what they think, in an Easy Read form.</li>
        <li>Young commissioners score bids and review places where short breaks happen.</li>
        <li>Providers keep their services up to date, bid for contracts and send their outcome returns.</li>
        <li>Council commissioners, social workers and administrators run the whole cycle.</li>
      </ul>

      <SectionHeading>Councils using this service</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        Each council&apos;s page has its register of disabled children, its statistics, &ldquo;have your
        say&rdquo;, &ldquo;You said, we did&rdquo;, and its tenders and contract awards.
      </p>
      {councils.length === 0 ? (
        <p>No councils have joined yet.</p>
      ) : (
        <ul className="mb-6 list-disc pl-6">
          {councils.map((c) => (
            <li key={c.slug}>
              <Link href={route(`/councils/${c.slug}`)} className="underline">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/accessibility">How accessible this service is</Link>
      </p>
    </>
  );
}
