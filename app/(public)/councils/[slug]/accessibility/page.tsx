import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegisterInformation } from "@/lib/data/public/get-register-information";
import { route } from "@/lib/routes/route";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "Accessibility statement" };

/** The council's accessibility statement for its short breaks pages: its own contact, from its settings. */
export default async function CouncilAccessibilityPage({
  params,
}: PageProps<"/councils/[slug]/accessibility">) {
  const { slug } = await params;
  const council = await getRegisterInformation(slug);
  if (!council) notFound();
  const contact = council.contactEmail;
  return (
    <div className="max-w-[75ch]">
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: route(`/councils/${council.slug}`), label: council.name },
          { label: "Accessibility statement" },
        ]}
      />
      <PageHeading caption={council.name}>Accessibility statement</PageHeading>
      <EasyRead>
        We want everyone to be able to use these pages. If something is hard to use, tell us and we will help.
      </EasyRead>
      <p className="mb-4">
        {council.name} wants as many people as possible to be able to use its short breaks pages, including
        disabled children and young people, their families, and the staff who work with them. You should be
        able to:
      </p>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>use every page with a keyboard alone, with a clear yellow focus showing where you are</li>
        <li>use a screen reader such as NVDA, JAWS or VoiceOver</li>
        <li>zoom in up to 400% without text spilling off the screen</li>
        <li>switch to Easy Read, with short sentences and pictures, at the bottom of any page</li>
        <li>switch to large print, which makes text and spacing bigger everywhere</li>
        <li>
          print the{" "}
          <Link href={route(`/councils/${council.slug}/statement`)}>short breaks services statement</Link> or
          download it as a PDF
        </li>
      </ul>
      <SectionHeading>How accessible these pages are</SectionHeading>
      <p className="mb-4">
        These pages aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every
        page is checked with automated accessibility tests each time the service changes, and by keyboard.
      </p>
      <p className="mb-4">
        Published statistics never show a count below {council.statisticsThreshold}, so that no child can be
        identified; such counts are shown as &ldquo;fewer than {council.statisticsThreshold}&rdquo; in words,
        not as a blank or a symbol alone.
      </p>
      <SectionHeading>Reporting problems and asking for other formats</SectionHeading>
      <p className="mb-4">
        If you find a problem, or need information in a different format such as large print, audio or
        Braille,{" "}
        {contact ? (
          <>
            e-mail the short breaks team at <a href={`mailto:${contact}`}>{contact}</a>
          </>
        ) : (
          "contact the council's short breaks team"
        )}
        . We will reply within 5 working days.
      </p>
      <SectionHeading>Enforcement</SectionHeading>
      <p className="mb-4">
        The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations.
        If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support
        Service (EASS).
      </p>
    </div>
  );
}
