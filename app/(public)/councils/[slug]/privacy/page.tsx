import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegisterInformation } from "@/lib/data/public/get-register-information";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "Privacy notice" };

/** The privacy notice for the council's register of disabled children: retention, threshold and contact from its settings. */
export default async function CouncilPrivacyPage({ params }: PageProps<"/councils/[slug]/privacy">) {
  const { slug } = await params;
  const council = await getRegisterInformation(slug);
  if (!council) notFound();
  const contact = council.contactEmail;
  const erased =
    council.retentionDays === 0 ? "straight away" : `${council.retentionDays} days after you ask`;
  return (
    <div className="max-w-[75ch]">
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { label: "Privacy notice" },
        ]}
      />
      <PageHeading caption={council.name}>Privacy notice: the register of disabled children</PageHeading>
      <EasyRead>
        This page says what we keep about your child, why, who can see it, and how long we keep it.
      </EasyRead>
      <p className="mb-4">
        {council.name} is the data controller for the register of disabled children and young people it keeps
        under the Children Act 1989 (Schedule 2, paragraph 2). Joining is voluntary.{" "}
        <Link href={route(`/councils/${council.slug}/join-the-register`)}>What joining means</Link>.
      </p>
      <SectionHeading size="m">What we keep</SectionHeading>
      <p className="mb-4">
        Your child&apos;s name, date of birth, postcode and area, their types of need, school or setting, the
        short breaks they use, how they communicate, and your contact details; that you agreed, to which
        version of the statement, and when. If you use a personal budget, its plan, payments and receipts.
      </p>
      <SectionHeading size="m">Why, and on what basis</SectionHeading>
      <p className="mb-4">
        To plan short breaks and other services where they are needed, and to keep you informed. The lawful
        basis is the council&apos;s public task; information about health and disability is processed for
        reasons of substantial public interest (the council&apos;s statutory functions), and only with your
        agreement to join.
      </p>
      <SectionHeading size="m">Who sees it</SectionHeading>
      <p className="mb-4">
        Only council staff who plan services and support families. Every time a member of staff opens your
        child&apos;s record it is logged, and you can see who looked and when. Providers never see the
        register.
      </p>
      <SectionHeading size="m">What we publish</SectionHeading>
      <p className="mb-4">
        Counts of children by area, age and type of need, never a count below {council.statisticsThreshold},
        so that nobody can be identified. Personal budget payments are never published, in any page or open
        data.
      </p>
      <SectionHeading size="m">How long we keep it</SectionHeading>
      <p className="mb-4">
        While your child is on the register. If you take your child off it, they leave the statistics at once
        and their details are erased {erased}. Children leave the register automatically after their 20th
        birthday.
      </p>
      <SectionHeading size="m">Your rights</SectionHeading>
      <p className="mb-4">
        You can see and download everything we hold about your child, ask us to correct it, and take your
        child off the register at any time. You can complain to the Information Commissioner&apos;s Office.
      </p>
      <SectionHeading size="m">Contact</SectionHeading>
      <p className="mb-4">
        {contact ? (
          <>
            E-mail the short breaks team at <a href={`mailto:${contact}`}>{contact}</a>.
          </>
        ) : (
          "Contact the council's short breaks team."
        )}
      </p>
    </div>
  );
}
