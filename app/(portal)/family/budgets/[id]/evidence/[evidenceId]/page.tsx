import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getEvidence } from "@/lib/data/budgets/spend-evidence";
import { orNotFound } from "@/lib/or-not-found";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { route } from "@/lib/routes/route";
import { ActionForm, FormFileUpload, FormTextarea } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { childName } from "@/components/budgets/budget-parts";
import { EvidenceItem } from "@/components/budgets/evidence-item";
import { answerEvidenceAction } from "../../../actions";

export const metadata: Metadata = { title: "Evidence of spend" };

const query = z.object({ sent: z.enum(["1", "answer"]).optional() });

/** One item of the family's evidence: its status, the receipt, and any question to answer. */
export default async function FamilyEvidencePage({
  params,
  searchParams,
}: PageProps<"/family/budgets/[id]/evidence/[evidenceId]">) {
  const actor = await requirePageActor("read:budget:own", { role: "FAMILY" });
  const { id, evidenceId } = await params;
  const { sent } = parseSearchParams(query, await searchParams);
  const e = await orNotFound(getEvidence(actor, id, evidenceId));

  return (
    <>
      <BackLink href={route(`/family/budgets/${id}`)}>Back to the budget</BackLink>
      {sent && (
        <NotificationBanner type="success" title="Sent">
          <p>
            {sent === "answer"
              ? "Your answer is sent. Your social worker will look at the evidence again."
              : "Your evidence is sent. Your social worker will check it."}
          </p>
        </NotificationBanner>
      )}
      <PageHeading caption={`${childName(e.personalBudget.child)}'s personal budget`}>
        Evidence of spend
      </PageHeading>
      <EvidenceItem evidence={e} viewer="family" />
      {e.status === "QUERIED" && (
        <>
          <SectionHeading size="m">Answer the question</SectionHeading>
          <EasyRead>Your social worker has a question. Write your answer here.</EasyRead>
          <ActionForm
            action={answerEvidenceAction}
            fields={["message", "receipt"]}
            submitLabel="Send your answer"
          >
            <input type="hidden" name="id" value={e.id} />
            <input type="hidden" name="submissionKey" value={randomUUID()} />
            <FormTextarea id="message" name="message" label="Your answer" rows={4} />
            <FormFileUpload
              id="receipt"
              name="receipt"
              label="A different receipt (optional)"
              hint="Only if the social worker asked for one: a photo or a PDF. It replaces the receipt you sent."
              accept="image/jpeg,image/png,image/webp,application/pdf"
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
