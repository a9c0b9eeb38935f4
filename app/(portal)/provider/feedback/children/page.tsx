import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { listProviderContracts } from "@/lib/data/feedback/provider-feedback";
import { CHILD_BATCH_ROWS } from "@/lib/schemas/feedback";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ChildFeedbackBatchForm } from "./batch-form";

export const metadata: Metadata = { title: "Enter children's feedback" };

export default async function ProviderChildFeedbackPage() {
  const actor = await requirePageActor("create:child-feedback:own", { role: "PROVIDER" });
  const contracts = await listProviderContracts(actor);
  return (
    <>
      <BackLink href="/provider/feedback">Back</BackLink>
      <PageHeading caption={actor.councilName}>Enter children&apos;s feedback</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Enter what children told you at your sessions, up to {CHILD_BATCH_ROWS} at a time. Leave a row empty
        if you have fewer. Do not enter names: it counts toward the contract&apos;s child-voice measure.
      </p>
      {contracts.length === 0 ? (
        <p>Your organisation has no contract with this council.</p>
      ) : (
        <ChildFeedbackBatchForm rows={CHILD_BATCH_ROWS} contracts={contracts} submissionKey={randomUUID()} />
      )}
    </>
  );
}
