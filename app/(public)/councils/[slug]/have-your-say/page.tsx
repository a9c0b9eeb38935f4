import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getHaveYourSay } from "@/lib/data/feedback/public-you-said-we-did";
import { PageHeading } from "@/components/ui/heading";
import { ChildFeedbackForm } from "@/components/feedback/child-feedback-form";
import { createPublicChildFeedbackAction } from "./actions";

export const metadata: Metadata = { title: "Have your say" };

/**
 * The public Easy Read form for children and young people: no account and no personal details
 * (decision record 0010).
 */
export default async function HaveYourSayPage({ params }: PageProps<"/councils/[slug]/have-your-say">) {
  const { slug } = await params;
  const council = await getHaveYourSay(slug);
  if (!council) notFound();
  return (
    <>
      <PageHeading caption={council.name}>Have your say</PageHeading>
      <div className="mb-8 max-w-[75ch] space-y-4 text-xl">
        <p>This is for children and young people who go to short breaks.</p>
        <p>Tell us what you think. You can fill this in on your own, or with a grown-up.</p>
        <p>You do not need to tell us your name.</p>
      </div>
      <ChildFeedbackForm
        action={createPublicChildFeedbackAction}
        submissionKey={randomUUID()}
        hidden={{ council: slug }}
        subjects={council.services.map((s) => ({ value: `service:${s.id}`, label: s.name }))}
        againHref={`/councils/${slug}/have-your-say`}
      />
      <p className="mt-8">
        <Link href={`/councils/${slug}/you-said-we-did`}>
          See what the council did about what people said
        </Link>
      </p>
    </>
  );
}
