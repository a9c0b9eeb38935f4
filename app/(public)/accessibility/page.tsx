import type { Metadata } from "next";
import { PageHeading, SectionHeading } from "@/components/ui/heading";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <div className="max-w-[75ch]">
      <PageHeading>Accessibility statement</PageHeading>
      <p className="mb-4">
        We want as many people as possible to be able to use this service, including disabled children and
        young people, their families, and the staff who work with them. You should be able to:
      </p>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>use every page with a keyboard alone, with a clear yellow focus showing where you are</li>
        <li>use a screen reader such as NVDA, JAWS or VoiceOver</li>
        <li>zoom in up to 400% without text spilling off the screen</li>
        <li>switch to Easy Read, with short sentences and pictures, at the bottom of any page</li>
        <li>switch to large print, which makes text and spacing bigger everywhere</li>
      </ul>
      <SectionHeading>How accessible this service is</SectionHeading>
      <p className="mb-4">
        This service aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
        Every page is checked with automated accessibility tests each time the service changes, and by
        keyboard.
      </p>
      <p className="mb-4">
        Easy Read versions are being added to every page where children, young commissioners and families take
        part. Where a page has no Easy Read version yet, the Easy Read setting still makes its text larger and
        more spaced.
      </p>
      <SectionHeading>Reporting problems</SectionHeading>
      <p className="mb-4">
        If you find a problem, or need information in a different format such as large print, audio or
        Braille, contact your council&apos;s short breaks team. We will reply within 5 working days.
      </p>
      <SectionHeading>Enforcement</SectionHeading>
      <p>
        The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations.
        If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support
        Service (EASS).
      </p>
    </div>
  );
}
