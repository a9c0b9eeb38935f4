import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { can } from "@/lib/auth/permissions";
import { getSpecification } from "@/lib/data/specifications/get-specification";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { missingEqualityImpactParts } from "@/lib/domain/specifications/equality-impact";
import { OUTPUT_PERIOD_LABEL, OUTPUT_UNIT_LABEL } from "@/lib/domain/specifications/output-labels";
import { readNeedsSnapshot } from "@/lib/domain/specifications/needs-snapshot";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";
import { InsetText } from "@/components/ui/inset-text";
import { SpecificationStatusTag } from "@/components/specifications/specification-status-tag";
import { NeedsSnapshotView } from "@/components/specifications/needs-snapshot-view";
import { PrioritiesSnapshotView } from "@/components/priorities/priorities-snapshot-view";
import { readPrioritiesSnapshot } from "@/lib/domain/priorities/priorities-snapshot";
import { StatusForm } from "./status-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Specification" };

const SAVED = {
  created: "Specification saved as a draft.",
  again: "This form was already sent, so the specification was created once.",
  updated: "Changes saved. The specification is a draft again.",
  "new-version": "Changes saved as a new draft version. The approved version has not changed.",
  eia: "Equality impact assessment saved and complete.",
  "eia-part": "Equality impact assessment saved. It is not complete yet.",
  sent: "Sent for approval.",
  approved: "Specification approved.",
} as const;

const searchSchema = z.object({
  saved: z.enum(Object.keys(SAVED) as [keyof typeof SAVED, ...(keyof typeof SAVED)[]]).optional(),
  priorities: flagField("1"),
});

export default async function SpecificationPage({
  params,
  searchParams,
}: PageProps<"/commissioner/specifications/[id]">) {
  const actor = await requirePageActor("read:specification:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const { saved, priorities: prioritiesAttached } = parseSearchParams(searchSchema, await searchParams);
  const spec = await orNotFound(getSpecification(actor, id));
  const v = spec.current;
  const missing = missingEqualityImpactParts(v);
  const snapshot = readNeedsSnapshot(spec.needsSnapshot);
  const priorities = readPrioritiesSnapshot(spec.prioritiesSnapshot);
  const canEdit = can(actor, "update:specification:council") && spec.status !== "ARCHIVED";

  return (
    <>
      <BackLink href="/commissioner/specifications">Back to specifications</BackLink>
      {saved && (
        <NotificationBanner title="Done" type="success">
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      )}
      {prioritiesAttached && priorities && (
        <NotificationBanner title="Done" type="success">
          <p>Young commissioners&apos; priorities are attached, beside the needs figures.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={`${spec.reference}, version ${v.version}`}>{v.title}</PageHeading>
      <p className="mb-6">
        Status: <SpecificationStatusTag status={spec.status} />
      </p>

      {canEdit && (
        <p className="mb-6 flex flex-wrap gap-4">
          <ButtonLink href={route(`/commissioner/specifications/${spec.id}/edit`)} variant="secondary">
            {spec.status === "APPROVED" ? `Change (makes version ${v.version + 1})` : "Change"}
          </ButtonLink>
          {spec.status === "APPROVED" && can(actor, "create:tender:council") && (
            <ButtonLink href={`/commissioner/tenders/new?specificationId=${spec.id}`}>
              Create a tender from this
            </ButtonLink>
          )}
          {spec.status !== "APPROVED" && (
            <ButtonLink
              href={route(`/commissioner/specifications/${spec.id}/equality-impact`)}
              variant="secondary"
            >
              Equality impact assessment
            </ButtonLink>
          )}
        </p>
      )}

      {spec.status !== "APPROVED" && missing.length > 0 && (
        <WarningText>
          The equality impact assessment is not complete (missing: {missing.join(", ")}). It must be complete
          before the specification can be sent for approval or approved.
        </WarningText>
      )}
      {spec.status === "DRAFT" && canEdit && <StatusForm specificationId={spec.id} step="send" />}
      {spec.status === "AWAITING_APPROVAL" &&
        can(actor, "approve:specification:council") &&
        (spec.approvalByActor.ok ? (
          <StatusForm specificationId={spec.id} step="approve" />
        ) : (
          <InsetText>{spec.approvalByActor.reason}</InsetText>
        ))}

      <SectionHeading>About the service</SectionHeading>
      <SummaryList
        rows={[
          { key: "Summary", value: <p className="whitespace-pre-line">{v.summary}</p> },
          { key: "Service type", value: spec.serviceType.name },
          { key: "Districts", value: v.districts.map((d) => d.name).join(", ") || "None" },
          { key: "Age range", value: `${v.ageMin} to ${v.ageMax} years` },
          { key: "Types of need", value: spec.needTypeNames.join(", ") || "None" },
          {
            key: "Outcomes",
            value: (
              <ul className="list-disc space-y-1 pl-6">
                {v.outcomes.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ul>
            ),
          },
          { key: "Maximum annual value", value: formatMoney(v.maxAnnualValue) },
          { key: "Term", value: `${v.termMonths} months` },
          {
            key: "Extension option",
            value: v.extensionMonths ? `Up to ${v.extensionMonths} months` : "None",
          },
        ]}
      />
      <Table
        caption="Outputs"
        head={["Measure", "Quantity", "Unit", "Period"]}
        numericColumns={[1]}
        emptyText="No outputs yet."
        rows={v.outputs.map((o) => [
          o.measure,
          o.quantity.toString(),
          OUTPUT_UNIT_LABEL[o.unit],
          OUTPUT_PERIOD_LABEL[o.period],
        ])}
      />

      <SectionHeading>Equality impact assessment</SectionHeading>
      <SummaryList
        rows={[
          { key: "Groups affected", value: v.eiaGroups ?? "Not written yet" },
          { key: "Likely impact", value: v.eiaImpact ?? "Not written yet" },
          { key: "Mitigations", value: v.eiaMitigations ?? "Not written yet" },
          { key: "Completed", value: v.eiaCompletedAt ? formatDateTime(v.eiaCompletedAt) : "Not complete" },
        ]}
      />

      <SectionHeading>Version history</SectionHeading>
      <Table
        caption="Every version of this specification"
        head={["Version", "Title", "Made", "Approved", "Compare"]}
        rows={spec.versions.map((ver) => [
          `Version ${ver.version}${ver.version === spec.currentVersion ? " (current)" : ""}`,
          ver.title,
          `${formatDate(ver.createdAt)} by ${ver.createdBy}`,
          ver.approvedAt ? `${formatDateTime(ver.approvedAt)} by ${ver.approvedBy}` : "Not approved",
          ver.version > 1 ? (
            <Link
              key="c"
              href={route(
                `/commissioner/specifications/${spec.id}/compare?from=${ver.version - 1}&to=${ver.version}`,
              )}
            >
              Compare with version {ver.version - 1}
            </Link>
          ) : (
            "First version"
          ),
        ])}
      />

      <SectionHeading>Needs figures this specification started from</SectionHeading>
      {snapshot ? (
        <NeedsSnapshotView snapshot={snapshot} />
      ) : (
        <InsetText>
          This specification was not started from the needs analysis, so it holds no figures.
        </InsetText>
      )}

      <SectionHeading id="priorities">Young commissioners&apos; priorities</SectionHeading>
      {priorities ? (
        <PrioritiesSnapshotView snapshot={priorities} />
      ) : (
        <InsetText>
          No ranking by young commissioners is attached. A commissioner can attach one from a round under{" "}
          <Link href="/commissioner/priorities">young commissioners&apos; priorities</Link>, while this
          specification is a draft.
        </InsetText>
      )}
    </>
  );
}
