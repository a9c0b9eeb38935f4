import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { viewChildRecord } from "@/lib/data/register/view-child-record";
import { orNotFound } from "@/lib/or-not-found";
import { ageOn } from "@/lib/domain/age-band";
import { formatCalendarDate, formatDate, startOfUtcDay } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { InsetText } from "@/components/ui/inset-text";
import { RegisterStatusTag } from "@/components/register/register-status-tag";

export const metadata: Metadata = { title: "Register record" };

export default async function RegisterRecordPage({ params }: PageProps<"/commissioner/register/[id]">) {
  const actor = await requirePageActor("read:child:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const child = await orNotFound(viewChildRecord(actor, id));
  const age = child.dateOfBirth ? ageOn(child.dateOfBirth, startOfUtcDay(new Date())) : null;
  return (
    <>
      <BackLink href="/commissioner/register">Back to the register</BackLink>
      <PageHeading caption="Register record">
        {child.firstName} {child.lastName}
      </PageHeading>
      <InsetText>
        Your view of this record has been logged. The family can see who looked at it and when.
      </InsetText>
      <p className="mb-6">
        <RegisterStatusTag status={child.status} />
      </p>
      <SummaryList
        rows={[
          {
            key: "Date of birth",
            value: child.dateOfBirth ? `${formatCalendarDate(child.dateOfBirth)} (age ${age})` : "",
          },
          { key: "Postcode", value: child.postcode ?? "" },
          { key: "Area", value: child.district.name },
          { key: "Types of need", value: child.needs.map((n) => n.needType.name).join(", ") },
          { key: "School or setting", value: child.school ?? "Not given" },
          { key: "Short breaks used now", value: child.currentShortBreaks ?? "Not given" },
          { key: "Communication", value: child.communicationNeeds ?? "Not given" },
          { key: "Registered", value: formatDate(child.registeredAt) },
          ...(child.withdrawnAt ? [{ key: "Left the register", value: formatDate(child.withdrawnAt) }] : []),
        ]}
      />
      <SectionHeading size="m">Parent or carer</SectionHeading>
      <SummaryList
        rows={[
          { key: "Name", value: child.parentName ?? "" },
          { key: "E-mail", value: child.parentEmail ?? "" },
          { key: "Phone", value: child.parentPhone ?? "Not given" },
          { key: "Contact by", value: child.contactPreference ?? "" },
        ]}
      />
      <SectionHeading size="m">Consent</SectionHeading>
      <ul className="list-disc pl-6">
        {child.consents.map((c) => (
          <li key={c.agreedAt.toISOString()}>
            Version {c.statement.version}, agreed {formatDate(c.agreedAt)}
            {c.withdrawnAt && <>, withdrawn {formatDate(c.withdrawnAt)}</>}
          </li>
        ))}
      </ul>
    </>
  );
}
