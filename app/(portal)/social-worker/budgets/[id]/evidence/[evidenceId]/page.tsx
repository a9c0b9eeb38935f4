import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getEvidence } from "@/lib/data/budgets/spend-evidence";
import { orNotFound } from "@/lib/or-not-found";
import { route } from "@/lib/routes/route";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { budgetTypeLabel, childName } from "@/components/budgets/budget-parts";
import { EvidenceItem } from "@/components/budgets/evidence-item";
import { decideEvidenceAction } from "../../../actions";

export const metadata: Metadata = { title: "Evidence of spend" };

/** The social worker checks one item of evidence: accept it, ask the family about it, or not accept it. */
export default async function EvidencePage({
  params,
}: PageProps<"/social-worker/budgets/[id]/evidence/[evidenceId]">) {
  const actor = await requirePageActor("read:budget:council", { role: "SOCIAL_WORKER" });
  const { id, evidenceId } = await params;
  const e = await orNotFound(getEvidence(actor, id, evidenceId));
  await recordChildRecordView(actor, {
    entityType: "SpendEvidence",
    entityId: e.id,
    childId: e.personalBudget.childId,
    page: "evidence",
  });

  return (
    <>
      <BackLink href={route(`/social-worker/budgets/${id}`)}>Back to the budget</BackLink>
      <PageHeading
        caption={`${childName(e.personalBudget.child)} — ${budgetTypeLabel(e.personalBudget.type)}`}
      >
        Evidence of spend
      </PageHeading>
      <EvidenceItem evidence={e} viewer="council" />
      {e.status === "QUERIED" && <InsetText>Waiting for the family to answer your question.</InsetText>}
      {e.status === "SUBMITTED" && can(actor, "update:budget:council") && (
        <>
          <SectionHeading size="m">Check the evidence</SectionHeading>
          <ActionForm
            action={decideEvidenceAction}
            fields={["decision", "message"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Save the decision"
          >
            <input type="hidden" name="id" value={e.id} />
            <FormRadios
              name="decision"
              legend="What do you want to do?"
              options={[
                { value: "ACCEPT", label: "Accept it: it counts as spend from the budget" },
                { value: "QUERY", label: "Ask the family a question about it" },
                { value: "REJECT", label: "Do not accept it" },
              ]}
            />
            <FormTextarea
              id="message"
              name="message"
              label="Your question, or why it is not accepted"
              hint="Needed to ask a question or to not accept it; the family sees it"
              rows={4}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
