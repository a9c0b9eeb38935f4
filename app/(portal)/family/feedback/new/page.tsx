import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { listFamilyFeedbackSubjects } from "@/lib/data/feedback/family-feedback-subjects";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { ParentFeedbackForm } from "./parent-feedback-form";

export const metadata: Metadata = { title: "Give feedback" };

export default async function NewFeedbackPage() {
  const actor = await requirePageActor("create:feedback:own", { role: "FAMILY" });
  const subjects = await listFamilyFeedbackSubjects(actor);
  return (
    <>
      <BackLink href="/family/feedback">Back</BackLink>
      <PageHeading caption={actor.councilName}>Give feedback</PageHeading>
      <EasyRead>
        Tell us what you think about short breaks. We read everything. Choose numbers, then write.
      </EasyRead>
      <p className="mb-6 max-w-[75ch]">
        Tell the council about a short break your family uses, or about short breaks in general. You will get
        a reference number and can follow what happens.
      </p>
      <ParentFeedbackForm
        submissionKey={randomUUID()}
        subjects={subjects.map((s) => ({
          value: s.value,
          label: `${s.kind === "service" ? "Service" : s.kind === "contract" ? "Contract" : "Provider"}: ${s.label}`,
        }))}
      />
    </>
  );
}
