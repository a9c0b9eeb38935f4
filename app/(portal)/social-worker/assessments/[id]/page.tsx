import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getAssessment } from "@/lib/data/assessments/get-assessment";
import { budgetsOfAssessment } from "@/lib/data/budgets/get-budget";
import { formatMoney } from "@/lib/domain/money";
import { BUDGET_TYPE_LABEL } from "@/lib/schemas/budget";
import { ButtonLink } from "@/components/ui/button";
import { canEditAssessment } from "@/lib/domain/assessments/assessment-approval";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { InsetText } from "@/components/ui/inset-text";
import { AssessmentStatusTag } from "@/components/ras/assessment-status-tag";
import { BudgetBreakdown } from "@/components/ras/budget-breakdown";
import { decideAssessmentAction, submitAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: PageProps<"/social-worker/assessments/[id]">) {
  const actor = await requirePageActor("read:assessment:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const [a, budgets] = await Promise.all([
    orNotFound(getAssessment(actor, id)),
    can(actor, "read:budget:council") ? budgetsOfAssessment(actor, id) : [],
  ]);
  await recordChildRecordView(actor, {
    entityType: "Assessment",
    entityId: a.id,
    childId: a.child.id,
    page: "assessment",
  });
  const openBudget = budgets.find((b) => b.status !== "ENDED");
  const editable = canEditAssessment(a.status) && can(actor, "update:assessment:council");
  const childName =
    [a.child.firstName, a.child.lastName].filter(Boolean).join(" ") || "Child (details erased)";
  const domainDone = (i: number) =>
    a.definition.domains[i].questions.every((q) => a.answers[q.code] !== undefined);
  const ready = !!a.summary?.trim() && a.budget.unanswered.length === 0;

  return (
    <>
      <BackLink href="/social-worker">Back to assessments and budgets</BackLink>
      <PageHeading caption="Child and Family Assessment">{childName}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <AssessmentStatusTag status={a.status} /> },
          { key: "Social worker", value: a.authorName ?? "" },
          { key: "Started", value: formatDate(a.createdAt) },
          {
            key: "Resource allocation system",
            value: `${a.rasConfiguration.name}, version ${a.rasConfiguration.version}`,
          },
          ...(a.submittedAt ? [{ key: "Sent for approval", value: formatDate(a.submittedAt) }] : []),
          ...(a.decidedAt
            ? [
                {
                  key: a.status === "REFUSED" ? "Refused" : "Approved",
                  value: `${formatDate(a.decidedAt)} by ${a.decidedByName ?? "a social worker"}`,
                },
              ]
            : []),
          ...(a.refusalReason ? [{ key: "Reason for refusal", value: a.refusalReason }] : []),
        ]}
      />

      <SectionHeading size="m">Assessment</SectionHeading>
      <TaskList
        items={[
          {
            title: "Summary of the Child and Family Assessment",
            href: editable ? route(`/social-worker/assessments/${a.id}/summary`) : undefined,
            status: a.summary?.trim() ? <Tag colour="green">Done</Tag> : <Tag colour="grey">Not started</Tag>,
          },
          ...a.definition.domains.map((d, i) => ({
            title: d.label,
            href: editable ? route(`/social-worker/assessments/${a.id}/domains/${i}`) : undefined,
            hint: `${a.budget.domains[i]?.points ?? 0} points`,
            status: domainDone(i) ? <Tag colour="green">Done</Tag> : <Tag colour="grey">Not started</Tag>,
          })),
        ]}
      />
      {a.summary && (
        <>
          <h3 className="mb-2 text-xl font-bold">Summary</h3>
          <p className="mb-8 max-w-[75ch] whitespace-pre-line">{a.summary}</p>
        </>
      )}

      <SectionHeading size="m">Indicative budget</SectionHeading>
      {a.budget.unanswered.length > 0 && (
        <InsetText>
          {a.budget.unanswered.length} {a.budget.unanswered.length === 1 ? "question is" : "questions are"}{" "}
          not answered yet, so this is not the final figure.
        </InsetText>
      )}
      <BudgetBreakdown budget={a.budget} />

      {editable && (
        <>
          <SectionHeading size="m">Send for approval</SectionHeading>
          {!ready && <p className="mb-4">Write the summary and answer every question first.</p>}
          <ActionForm
            action={submitAssessmentAction}
            fields={["id"]}
            submitId="submit-assessment"
            submitLabel="Send for approval"
            submitDisabled={!ready}
          >
            <input type="hidden" name="id" value={a.id} />
          </ActionForm>
        </>
      )}

      {a.status === "SUBMITTED" && (
        <InsetText>
          This assessment is waiting for approval. It cannot be changed unless it is refused.
        </InsetText>
      )}

      {a.status === "SUBMITTED" && can(actor, "approve:assessment:council") && (
        <>
          <SectionHeading size="m">Approve or refuse</SectionHeading>
          <ActionForm
            action={decideAssessmentAction}
            fields={["decision", "reason"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Record the decision"
          >
            <input type="hidden" name="id" value={a.id} />
            <FormRadios
              name="decision"
              legend="Your decision"
              hint="Another social worker must decide where your council has two or more."
              options={[
                { value: "APPROVE", label: "Approve the assessment and its indicative budget" },
                { value: "REFUSE", label: "Refuse it and return it to the social worker" },
              ]}
            />
            <FormTextarea id="reason" name="reason" label="Reason (if you refuse)" rows={4} />
          </ActionForm>
        </>
      )}
      {a.status === "APPROVED" && (
        <>
          <SectionHeading size="m">Personal budget</SectionHeading>
          {budgets.length > 0 && (
            <ul className="mb-4 list-disc pl-6">
              {budgets.map((b) => (
                <li key={b.id}>
                  <Link href={route(`/social-worker/budgets/${b.id}`)}>
                    {BUDGET_TYPE_LABEL[b.type]} of {formatMoney(b.annualAmount)} a year
                  </Link>{" "}
                  (
                  {b.status === "PROPOSED"
                    ? "waiting for approval"
                    : b.status === "ACTIVE"
                      ? "running"
                      : b.refusalReason
                        ? "refused"
                        : "ended"}
                  )
                </li>
              ))}
            </ul>
          )}
          {!openBudget && can(actor, "create:budget:council") && (
            <p className="mb-8">
              <ButtonLink href={route(`/social-worker/assessments/${a.id}/budget`)}>
                Propose a personal budget
              </ButtonLink>
            </p>
          )}
        </>
      )}
      <p>
        <Link href={route(`/social-worker/children/${a.child.id}`)}>See the child&apos;s record</Link>
      </p>
    </>
  );
}
