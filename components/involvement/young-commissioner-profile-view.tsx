import Link from "next/link";
import type { FormAction } from "@/lib/actions/form-state";
import type { getYoungCommissionerProfile } from "@/lib/data/involvement/get-young-commissioner-profile";
import { formatCalendarDate } from "@/lib/domain/dates";
import { participationRefusal } from "@/lib/domain/involvement/consent";
import { YOUNG_COMMISSIONER_DETAILS_FIELDS } from "@/lib/schemas/involvement";
import { route, type Route } from "@/lib/routes/route";
import { SectionHeading, PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { WarningText } from "@/components/ui/warning-text";
import { ActionForm, FormDateInput, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { ConsentStandingTag } from "./consent-standing-tag";
import { VenueReviewStatusTag } from "./venue-review-status-tag";

/** A calendar date (UTC midnight) as the parts a DateInput refills. */
const parts = (d: Date | null | undefined) =>
  d
    ? { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) }
    : undefined;

const SEAT: Record<string, string> = {
  CHAIR: "Chair",
  EVALUATOR: "Evaluator",
  YOUNG_COMMISSIONER: "Young commissioner",
};

/**
 * A young commissioner's profile for staff (commissioners and administrators, each in their own
 * area): date of birth and consent, training, panels sat on, reviews done, and the forms to keep them.
 */
export function YoungCommissionerProfileView({
  p,
  editable,
  actions,
  backHref,
  linksToRecords,
}: {
  p: Awaited<ReturnType<typeof getYoungCommissionerProfile>>;
  editable: boolean;
  actions: { saveDetails: FormAction; recordTraining: FormAction };
  backHref: Route;
  /** Link tenders and reviews (the commissioner's area has their pages). */
  linksToRecords: boolean;
}) {
  const refusal = participationRefusal(p.name, p.standing);
  return (
    <>
      <BackLink href={backHref}>Back to young commissioners</BackLink>
      <PageHeading caption="Young commissioner">{p.name}</PageHeading>
      {refusal && <WarningText>{refusal}</WarningText>}
      <SummaryList
        rows={[
          {
            key: "Date of birth",
            value: p.profile?.dateOfBirth
              ? `${formatCalendarDate(p.profile.dateOfBirth)} (${p.age} years old)`
              : "Not recorded",
          },
          { key: "Can take part", value: <ConsentStandingTag standing={p.standing} /> },
          {
            key: "Parent's or carer's consent",
            value: p.profile?.consentGivenOn
              ? `Given by ${p.profile.consentGivenBy} (${p.profile.consentRelationship}) on ${formatCalendarDate(p.profile.consentGivenOn)}`
              : "Not recorded",
          },
          { key: "Training modules completed", value: String(p.training.length) },
          { key: "Panels sat on", value: String(p.panels.length) },
          { key: "Venue reviews", value: String(p.reviews.length) },
        ]}
      />

      {editable && (
        <>
          <SectionHeading id="details">Date of birth and consent</SectionHeading>
          <ActionForm
            action={actions.saveDetails}
            fields={[...YOUNG_COMMISSIONER_DETAILS_FIELDS]}
            anchors={{ dateOfBirth: "dateOfBirth-day", consentGivenOn: "consentGivenOn-day" }}
            submitLabel="Save date of birth and consent"
          >
            <input type="hidden" name="membershipId" value={p.id} readOnly />
            <FormDateInput
              id="dateOfBirth"
              name="dateOfBirth"
              legend="Date of birth"
              legendSize="s"
              hint="For example, 27 3 2011"
              defaultValue={parts(p.profile?.dateOfBirth)}
            />
            <p className="mb-4 max-w-prose">
              Under 16: record who gave consent, how they are related and when. Leave these blank if there is
              no consent.
            </p>
            <FormTextInput
              id="consentGivenBy"
              name="consentGivenBy"
              label="Parent or carer who gave consent"
              width="30"
              defaultValue={p.profile?.consentGivenBy ?? ""}
            />
            <FormTextInput
              id="consentRelationship"
              name="consentRelationship"
              label="How they are related"
              hint="For example, mother, father, foster carer"
              width="20"
              defaultValue={p.profile?.consentRelationship ?? ""}
            />
            <FormDateInput
              id="consentGivenOn"
              name="consentGivenOn"
              legend="Date consent was given"
              legendSize="s"
              defaultValue={parts(p.profile?.consentGivenOn)}
            />
          </ActionForm>
        </>
      )}

      <SectionHeading id="training">Training</SectionHeading>
      <Table
        caption="Modules completed"
        captionSize="s"
        head={["Module", "Completed", "Delivered by"]}
        emptyText="No training is recorded yet."
        rows={p.training.map((t) => [t.course, formatCalendarDate(t.completedOn), t.deliveredBy ?? ""])}
      />
      {editable &&
        (p.modulesToDo.length === 0 ? (
          <p className="mb-8">Every module on the council&apos;s list is recorded.</p>
        ) : (
          <>
            <SectionHeading size="m">Record training</SectionHeading>
            <ActionForm
              action={actions.recordTraining}
              fields={["moduleId", "completedOn", "deliveredBy"]}
              anchors={{ completedOn: "completedOn-day" }}
              submitLabel="Record training"
            >
              <input type="hidden" name="membershipId" value={p.id} readOnly />
              <FormSelect
                id="moduleId"
                name="moduleId"
                label="Module"
                defaultValue=""
                options={[
                  { value: "", label: "Choose a module" },
                  ...p.modulesToDo.map((m) => ({ value: m.id, label: m.name })),
                ]}
              />
              <FormDateInput id="completedOn" name="completedOn" legend="Date completed" legendSize="s" />
              <FormTextInput id="deliveredBy" name="deliveredBy" label="Delivered by (optional)" width="30" />
            </ActionForm>
          </>
        ))}

      <SectionHeading id="panels">Panels sat on</SectionHeading>
      <Table
        caption="Scoring panels"
        captionSize="s"
        head={["Tender", "Seat"]}
        emptyText="Not on any panel yet."
        rows={p.panels.map((s) => [
          linksToRecords ? (
            <Link key="t" href={route(`/commissioner/tenders/${s.tender.id}`)}>
              {s.tender.reference} {s.tender.title}
            </Link>
          ) : (
            `${s.tender.reference} ${s.tender.title}`
          ),
          SEAT[s.role] ?? s.role,
        ])}
      />

      <SectionHeading id="reviews">Venue reviews</SectionHeading>
      <Table
        caption="Reviews done or planned"
        captionSize="s"
        head={["Venue", "Visit", "Status"]}
        emptyText="No venue reviews yet."
        rows={p.reviews.map((r) => [
          linksToRecords ? (
            <Link key="v" href={route(`/commissioner/venue-reviews/${r.id}`)}>
              {r.venueName}
            </Link>
          ) : (
            r.venueName
          ),
          r.visitedOn
            ? formatCalendarDate(r.visitedOn)
            : r.plannedFor
              ? formatCalendarDate(r.plannedFor)
              : "",
          <VenueReviewStatusTag key="s" status={r.status} />,
        ])}
      />
    </>
  );
}
