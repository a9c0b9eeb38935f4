import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getAssessment } from "@/lib/data/assessments/get-assessment";
import { canEditAssessment } from "@/lib/domain/assessments/assessment-approval";
import { orNotFound } from "@/lib/or-not-found";
import { route } from "@/lib/routes/route";
import { ActionForm, FormRadios } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { saveDomainAnswersAction } from "../../../actions";

export const metadata: Metadata = { title: "Questions: assessment" };

const paramsSchema = z.object({
  id: z.string().min(1).max(40),
  domain: z.coerce.number().int().min(0).max(99),
});

export default async function AssessmentDomainPage({
  params,
}: PageProps<"/social-worker/assessments/[id]/domains/[domain]">) {
  const actor = await requirePageActor("update:assessment:council", { role: "SOCIAL_WORKER" });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const a = await orNotFound(getAssessment(actor, parsed.data.id));
  const index = parsed.data.domain;
  const domain = a.definition.domains[index];
  if (!domain || !canEditAssessment(a.status)) notFound();
  await recordChildRecordView(actor, {
    entityType: "Assessment",
    entityId: a.id,
    childId: a.child.id,
    page: `domain ${index}`,
  });
  const last = index === a.definition.domains.length - 1;
  return (
    <>
      <BackLink href={route(`/social-worker/assessments/${a.id}`)}>Back to the assessment</BackLink>
      <PageHeading caption={`Part ${index + 1} of ${a.definition.domains.length}`}>
        {domain.label}
      </PageHeading>
      <ActionForm
        action={saveDomainAnswersAction}
        fields={domain.questions.map((q) => q.code)}
        anchors={Object.fromEntries(domain.questions.map((q) => [q.code, `${q.code}-0`]))}
        submitLabel=""
        intents={
          last
            ? [{ value: "save", label: "Save and return to the assessment" }]
            : [
                { value: "continue", label: "Save and continue" },
                { value: "save", label: "Save and return to the assessment", variant: "secondary" },
              ]
        }
      >
        <input type="hidden" name="id" value={a.id} />
        <input type="hidden" name="domain" value={index} />
        {domain.questions.map((q) => (
          <FormRadios
            key={q.code}
            name={q.code}
            legend={q.label}
            legendSize="m"
            options={q.options.map((o, i) => ({ value: String(i), label: o.label }))}
            defaultValue={a.answers[q.code] === undefined ? undefined : String(a.answers[q.code])}
          />
        ))}
      </ActionForm>
    </>
  );
}
