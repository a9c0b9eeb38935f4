import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getFamilyDataExport } from "@/lib/data/register/family-data-export";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { PageHeading, SectionHeading, SubsectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { ButtonLink } from "@/components/ui/button";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "Your data" };

const d = (iso: string | null) => (iso ? formatDate(new Date(iso)) : "");

export default async function YourDataPage() {
  const actor = await requirePageActor("export:child:own", { role: "FAMILY", consentCheck: false });
  const data = await getFamilyDataExport(actor);
  return (
    <>
      <PageHeading caption={data.council}>Everything we hold about your family</PageHeading>
      <EasyRead>
        This page shows everything the council keeps about your family. You can save a copy.
      </EasyRead>
      <p className="mb-6">
        <ButtonLink href="/family/your-data/download" variant="secondary">
          Download a copy (JSON file)
        </ButtonLink>
      </p>
      {data.family && (
        <>
          <SectionHeading size="m">Your family</SectionHeading>
          <SummaryList
            rows={[
              { key: "Family", value: data.family.name },
              { key: "On this service since", value: d(data.family.createdAt) },
              ...data.family.members.map((m) => ({ key: m.role, value: `${m.name} (${m.email})` })),
            ]}
          />
        </>
      )}
      <SectionHeading size="m">Your children</SectionHeading>
      {data.children.length === 0 && <p>You have not registered a child.</p>}
      {data.children.map((c, i) => (
        <section key={i} className="mb-8" aria-label={`${c.firstName ?? "Child"} ${c.lastName ?? ""}`}>
          <SubsectionHeading>
            {c.firstName} {c.lastName}
          </SubsectionHeading>
          <SummaryList
            rows={[
              { key: "Date of birth", value: c.dateOfBirth ?? "" },
              { key: "Postcode and area", value: `${c.postcode ?? ""} – ${c.district}` },
              { key: "Types of need", value: c.needs.join(", ") },
              { key: "School or setting", value: c.school ?? "" },
              { key: "Short breaks used", value: c.currentShortBreaks ?? "" },
              { key: "Communication", value: c.communicationNeeds ?? "" },
              {
                key: "Parent or carer",
                value: [c.parentOrCarer.name, c.parentOrCarer.email, c.parentOrCarer.phone]
                  .filter(Boolean)
                  .join(", "),
              },
              { key: "Register status", value: c.registerStatus },
              { key: "Registered", value: d(c.registeredAt) },
              ...(c.withdrawnAt ? [{ key: "Left the register", value: d(c.withdrawnAt) }] : []),
              ...c.consents.map((k) => ({
                key: `Consent (version ${k.statementVersion})`,
                value: `Agreed ${d(k.agreedAt)}${k.withdrawnAt ? `, withdrawn ${d(k.withdrawnAt)}` : ""}`,
              })),
            ]}
          />
          <Table
            caption={`Who at the council looked at ${c.firstName ?? "this child"}'s record`}
            captionSize="s"
            head={["When", "Who", "Role"]}
            emptyText="Nobody at the council has opened this record."
            rows={c.viewedByCouncilStaff.map((v) => [formatDateTime(new Date(v.at)), v.by, v.role ?? ""])}
          />
        </section>
      ))}
      <SectionHeading size="m">Your feedback</SectionHeading>
      <Table
        caption="Feedback you gave"
        captionSize="s"
        head={["Receipt", "Sent", "Status"]}
        emptyText="You have not given feedback."
        rows={data.feedback.map((f) => [f.receiptCode, d(f.createdAt), f.status])}
      />
    </>
  );
}
