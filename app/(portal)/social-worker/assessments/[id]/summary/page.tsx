import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getAssessment } from "@/lib/data/assessments/get-assessment";
import { canEditAssessment } from "@/lib/domain/assessments/assessment-approval";
import { orNotFound } from "@/lib/or-not-found";
import { route } from "@/lib/routes/route";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { saveAssessmentSummaryAction } from "../../actions";

export const metadata: Metadata = { title: "Summary: assessment" };

export default async function AssessmentSummaryPage({
  params,
}: PageProps<"/social-worker/assessments/[id]/summary">) {
  const actor = await requirePageActor("update:assessment:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const a = await orNotFound(getAssessment(actor, id));
  if (!canEditAssessment(a.status)) notFound();
  await recordChildRecordView(actor, {
    entityType: "Assessment",
    entityId: a.id,
    childId: a.child.id,
    page: "summary",
  });
  return (
    <>
      <BackLink href={route(`/social-worker/assessments/${a.id}`)}>Back to the assessment</BackLink>
      <ActionForm action={saveAssessmentSummaryAction} fields={["summary"]} submitLabel="Save and continue">
        <input type="hidden" name="id" value={a.id} />
        <FormTextarea
          id="summary"
          name="summary"
          label="Summary of the Child and Family Assessment"
          labelSize="l"
          isPageHeading
          hint="What the child needs, what the family told you, and what they would like short breaks to do."
          rows={10}
          defaultValue={a.summary ?? ""}
        />
      </ActionForm>
    </>
  );
}
