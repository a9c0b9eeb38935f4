import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getFamilyChild } from "@/lib/data/register/family-children";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { RegisterStatusTag } from "@/components/register/register-status-tag";

export const metadata: Metadata = { title: "Your child's record" };

export default async function ChildPage({ params, searchParams }: PageProps<"/family/children/[id]">) {
  const actor = await requirePageActor("read:child:own", { role: "FAMILY" });
  const { id } = await params;
  const flags = parseSearchParams(
    z.object({ registered: flagField("1"), updated: flagField("1"), withdrawn: flagField("1") }),
    await searchParams,
  );
  const child = await orNotFound(getFamilyChild(actor, id));
  const active = child.status === "ACTIVE";
  const name = `${child.firstName} ${child.lastName}`;

  return (
    <>
      <BackLink href="/family/children">Back to your children</BackLink>
      {flags.registered && (
        <NotificationBanner type="success" title="Registered">
          {child.firstName} is on the register. Thank you.
        </NotificationBanner>
      )}
      {flags.updated && (
        <NotificationBanner type="success" title="Saved">
          Your changes are saved.
        </NotificationBanner>
      )}
      {flags.withdrawn && (
        <NotificationBanner type="success" title="Withdrawn">
          {child.firstName} is no longer on the register and is not counted in any statistics.
        </NotificationBanner>
      )}
      <PageHeading caption="Your child's register record">{name}</PageHeading>
      <p className="mb-6">
        <RegisterStatusTag status={child.status} />
        {child.eraseAfter && <> The details below will be erased from {formatDate(child.eraseAfter)}.</>}
      </p>
      <SummaryList
        rows={[
          { key: "Date of birth", value: child.dateOfBirth ? formatCalendarDate(child.dateOfBirth) : "" },
          { key: "Postcode", value: child.postcode ?? "" },
          { key: "Area", value: child.district.name },
          { key: "Types of need", value: child.needs.map((n) => n.needType.name).join(", ") },
          { key: "School or setting", value: child.school ?? "Not given" },
          { key: "Short breaks used now", value: child.currentShortBreaks ?? "Not given" },
          { key: "Communication", value: child.communicationNeeds ?? "Not given" },
          {
            key: "Parent or carer",
            value: `${child.parentName ?? ""}, ${child.parentEmail ?? ""}${child.parentPhone ? `, ${child.parentPhone}` : ""}`,
          },
          { key: "Contact by", value: child.contactPreference ?? "" },
          { key: "Registered", value: formatDate(child.registeredAt) },
        ]}
      />
      <SectionHeading size="m">Consent</SectionHeading>
      <ul className="mb-6 list-disc pl-6">
        {child.consents.map((c) => (
          <li key={c.agreedAt.toISOString()}>
            Agreed to statement version {c.statement.version} on {formatDate(c.agreedAt)}
            {c.withdrawnAt && <>; withdrawn on {formatDate(c.withdrawnAt)}</>}
          </li>
        ))}
      </ul>
      {active && (
        <ul className="flex flex-wrap gap-6">
          <li>
            <Link href={`/family/children/${child.id}/edit`}>
              Change details<span className="sr-only"> for {name}</span>
            </Link>
          </li>
          <li>
            <Link href={`/family/children/${child.id}/withdraw`}>
              Take {child.firstName} off the register
            </Link>
          </li>
        </ul>
      )}
      <p className="mt-6">
        <Link href="/family/your-data">See everything we hold about your family</Link>
      </p>
    </>
  );
}
