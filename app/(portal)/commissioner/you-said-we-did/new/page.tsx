import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { listFeedbackThemes } from "@/lib/data/feedback/list-council-feedback";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { YouSaidWeDidForm } from "../you-said-we-did-form";
import { feedbackChoices } from "../feedback-choices";

export const metadata: Metadata = { title: 'Create a "You said, we did" action' };

export default async function NewYouSaidWeDidPage() {
  const actor = await requirePageActor("create:you-said-we-did:council", { role: "COMMISSIONER" });
  const [themes, feedback] = await Promise.all([listFeedbackThemes(actor), feedbackChoices(actor)]);
  return (
    <>
      <BackLink href="/commissioner/you-said-we-did">Back</BackLink>
      <PageHeading caption={actor.councilName}>Create a &ldquo;You said, we did&rdquo; action</PageHeading>
      <YouSaidWeDidForm submissionKey={randomUUID()} themes={themes} feedback={feedback} />
    </>
  );
}
