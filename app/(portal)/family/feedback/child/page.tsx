import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { listFamilyFeedbackSubjects } from "@/lib/data/feedback/family-feedback-subjects";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ChildFeedbackForm } from "@/components/feedback/child-feedback-form";
import { createChildFeedbackAction } from "../actions";

export const metadata: Metadata = { title: "Tell us what you think" };

/** The Easy Read form for a child, from the family's account: the family can follow it afterwards. */
export default async function ChildFeedbackPage() {
  const actor = await requirePageActor("create:feedback:own", { role: "FAMILY" });
  const subjects = await listFamilyFeedbackSubjects(actor);
  return (
    <>
      <BackLink href="/family/feedback">Back</BackLink>
      <PageHeading caption="For children and young people">Tell us what you think</PageHeading>
      <div className="mb-8 max-w-[75ch] space-y-4 text-xl">
        <p>We want to know what you think about your short breaks.</p>
        <p>You can fill this in on your own, or with a grown-up.</p>
        <p>You do not need to tell us your name.</p>
      </div>
      <ChildFeedbackForm
        action={createChildFeedbackAction}
        submissionKey={randomUUID()}
        subjects={subjects
          .filter((s) => s.kind !== "contract")
          .map((s) => ({ value: s.value, label: s.label }))}
        againHref="/family/feedback/child"
      />
    </>
  );
}
