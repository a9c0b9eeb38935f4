import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { viewChildRecord } from "@/lib/data/register/view-child-record";
import { listChildAssessments } from "@/lib/data/assessments/list-child-assessments";
import { orNotFound } from "@/lib/or-not-found";
import { ageOn } from "@/lib/domain/age-band";
import { formatCalendarDate, formatDate, startOfUtcDay } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { route } from "@/lib/routes/route";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { AssessmentStatusTag } from "@/components/ras/assessment-status-tag";
import { RegisterStatusTag } from "@/components/register/register-status-tag";
import { startAssessmentAction } from "../../assessments/actions";

export const metadata: Metadata = { title: "Child's record" };

export default async function SocialWorkerChildPage({ params }: PageProps<"/social-worker/children/[id]">) {
  const actor = await requirePageActor("read:child:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const child = await orNotFound(viewChildRecord(actor, id));
  const assessments = await listChildAssessments(actor, child.id);
  const age = child.dateOfBirth ? ageOn(child.dateOfBirth, startOfUtcDay(new Date())) : null;
  return (
    <>
      <BackLink href="/social-worker/children">Back to find a child</BackLink>
      <PageHeading caption="Child's record">
        {child.firstName} {child.lastName}
      </PageHeading>
      <InsetText>
        Your view of this record has been logged. The family can see who looked at it and when.
      </InsetText>
      <SummaryList
        rows={[
          { key: "Register", value: <RegisterStatusTag status={child.status} /> },
          {
            key: "Date of birth",
            value: child.dateOfBirth ? `${formatCalendarDate(child.dateOfBirth)} (age ${age})` : "",
          },
          { key: "Area", value: child.district.name },
          { key: "Types of need", value: child.needs.map((n) => n.needType.name).join(", ") },
          { key: "Parent or carer", value: child.parentName ?? "" },
        ]}
      />
      <SectionHeading size="m">Assessments</SectionHeading>
      <Table
        caption="Child and Family Assessments"
        captionSize="s"
        head={["Started", "Status", "Indicative budget"]}
        emptyText="No assessments yet."
        rows={assessments.map((a) => [
          <Link key="l" href={route(`/social-worker/assessments/${a.id}`)}>
            {formatDate(a.createdAt)}
          </Link>,
          <AssessmentStatusTag key="s" status={a.status} />,
          a.indicativeBudget ? formatMoney(a.indicativeBudget) : "Not worked out yet",
        ])}
      />
      <ActionForm action={startAssessmentAction} fields={["childId"]} submitLabel="Start an assessment">
        <input type="hidden" name="childId" value={child.id} />
      </ActionForm>
    </>
  );
}
