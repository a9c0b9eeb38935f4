import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { CONTRACT_PAYMENTS_SHOWN, getContract } from "@/lib/data/contracts/get-contract";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ContractDetail } from "@/components/contracts/contract-detail";
import { Details } from "@/components/ui/details";
import { can } from "@/lib/auth/permissions";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { VenueReviewsPanel } from "@/components/involvement/venue-reviews-panel";
import { ContractFeedback } from "@/components/contracts/contract-feedback";
import { getContractFeedbackSummary } from "@/lib/data/feedback/contract-feedback-summary";
import { randomUUID } from "node:crypto";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormSelect,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ContractMeetings } from "@/components/contracts/contract-meetings";
import { ActionStatusForm } from "@/components/contracts/action-status-form";
import { listContractMeetings } from "@/lib/data/contracts/meetings";
import {
  addActionItemAction,
  addVariationAction,
  recordContractPaymentAction,
  recordMeetingAction,
  setActionItemStatusAction,
  updateKpiThresholdsAction,
} from "./actions";
import { route } from "@/lib/routes/route";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Contract" };

export default async function CommissionerContractPage({
  params,
  searchParams,
}: PageProps<"/commissioner/contracts/[id]">) {
  const actor = await requirePageActor("read:contract:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const contract = await orNotFound(getContract(actor, id));
  const [feedback, meetings, query, venueReviews] = await Promise.all([
    getContractFeedbackSummary(actor.councilId, contract.id),
    listContractMeetings(actor, contract.id),
    searchParams.then((sp) => parseSearchParams(z.object({ meeting: flagField("recorded") }), sp)),
    // The provider's venues as young commissioners found them, where the permission allows.
    can(actor, "read:venue-review:council")
      ? listVenueReviews(actor, { page: 1, organisationId: contract.organisationId, pageSize: 5 })
      : null,
  ]);
  const today = new Date();
  return (
    <>
      <BackLink href="/commissioner/contracts">Back to contracts</BackLink>
      {query.meeting === "recorded" && (
        <NotificationBanner type="success" title="Meeting recorded">
          <p>The meeting is recorded and the provider has been told. Add its actions below.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={`${contract.reference} · ${actor.councilName}`}>{contract.title}</PageHeading>
      <ContractDetail
        contract={contract}
        today={today}
        returnsBase={`/commissioner/contracts/${contract.id}/returns`}
        tenderHref={contract.tender ? route(`/commissioner/tenders/${contract.tender.id}`) : undefined}
      />
      {contract.kpis.length > 0 && (
        <Details summary="Change a KPI's RAG thresholds">
          <ActionForm
            action={updateKpiThresholdsAction}
            fields={["kpiId", "greenPercent", "amberPercent"]}
            submitLabel="Save thresholds"
          >
            <input type="hidden" name="contractId" value={contract.id} readOnly />
            {/* The contract as this page was opened: a colleague's change since refuses this one. */}
            <input type="hidden" name="editVersion" value={contract.editVersion} readOnly />
            <FormSelect
              id="kpiId"
              name="kpiId"
              label="KPI"
              options={contract.kpis.map((k) => ({
                value: k.id,
                label: `${k.name} (now green ${k.greenPercent.toString()}%, amber ${k.amberPercent.toString()}%)`,
              }))}
            />
            <FormTextInput
              id="greenPercent"
              name="greenPercent"
              label="Green at this % of target or more"
              hint="Usually 95."
              width="4"
              inputMode="decimal"
            />
            <FormTextInput
              id="amberPercent"
              name="amberPercent"
              label="Amber at this % of target or more (below it is red)"
              hint="Usually 80. It must be lower than the green threshold."
              width="4"
              inputMode="decimal"
            />
          </ActionForm>
        </Details>
      )}
      <ContractMeetings
        meetings={meetings}
        today={today}
        actionControl={(a) => (
          <ActionStatusForm formAction={setActionItemStatusAction} contractId={contract.id} action={a} />
        )}
        addAction={(m) => (
          <Details summary="Add an action from this meeting">
            <ActionForm
              action={addActionItemAction}
              fields={["description", "ownerName", "ownerSide", "dueDate"]}
              anchors={{
                description: `description-${m.id}`,
                ownerName: `ownerName-${m.id}`,
                ownerSide: `ownerSide-${m.id}-0`,
                dueDate: `dueDate-${m.id}-day`,
              }}
              submitLabel="Add the action"
            >
              <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
              <input type="hidden" name="contractId" value={contract.id} readOnly />
              <input type="hidden" name="meetingId" value={m.id} readOnly />
              <FormTextarea id={`description-${m.id}`} name="description" label="Action" rows={2} />
              <FormTextInput id={`ownerName-${m.id}`} name="ownerName" label="Owner's name" width="20" />
              <FormRadios
                name="ownerSide"
                idPrefix={`ownerSide-${m.id}`}
                legend="Who owns it?"
                options={[
                  { value: "COUNCIL", label: "The council" },
                  { value: "PROVIDER", label: `The provider, ${contract.organisation.name}` },
                ]}
              />
              <FormDateInput id={`dueDate-${m.id}`} name="dueDate" legend="Due date" />
            </ActionForm>
          </Details>
        )}
      />
      <Details summary="Record a meeting">
        <ActionForm
          action={recordMeetingAction}
          fields={["heldOn", "time", "attendees", "satisfactionDiscussed", "notes"]}
          anchors={{ heldOn: "heldOn-day", satisfactionDiscussed: "satisfactionDiscussed-0" }}
          submitLabel="Record the meeting"
        >
          <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
          <input type="hidden" name="contractId" value={contract.id} readOnly />
          <FormDateInput id="heldOn" name="heldOn" legend="Date of the meeting" />
          <FormTextInput
            id="time"
            name="time"
            label="Time (optional)"
            hint="24-hour clock, like 14:30."
            width="5"
          />
          <FormTextarea
            id="attendees"
            name="attendees"
            label="Who attended"
            hint="Names and roles, for the council and the provider."
            rows={2}
          />
          <FormRadios
            name="satisfactionDiscussed"
            legend="Did you discuss parents' and children's satisfaction?"
            options={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
          />
          <FormTextarea id="notes" name="notes" label="Notes" rows={6} />
        </ActionForm>
      </Details>
      <ContractFeedback summary={feedback} />
      {venueReviews && (
        <VenueReviewsPanel
          reviews={venueReviews}
          heading="Venue reviews of this provider by young commissioners"
          hrefOf={(r) => route(`/commissioner/venue-reviews/${r}`)}
          allHref={route(`/commissioner/venue-reviews?organisation=${contract.organisationId}`)}
          emptyText="Young commissioners have not reviewed this provider's venues yet."
        />
      )}
      <Details summary="Payments under this contract">
        <Table
          caption={`The latest ${CONTRACT_PAYMENTS_SHOWN} payments, published as open data`}
          captionSize="s"
          head={["Paid on", "Reference", "Amount"]}
          numericColumns={[2]}
          emptyText="No payment is recorded."
          rows={contract.payments.map((p) => [
            formatCalendarDate(p.paidOn),
            p.reference,
            formatMoney(p.amount),
          ])}
        />
        <ActionForm
          action={recordContractPaymentAction}
          fields={["reference", "amount", "paidOn"]}
          anchors={{ paidOn: "paidOn-day" }}
          submitLabel="Record the payment"
        >
          <input type="hidden" name="contractId" value={contract.id} readOnly />
          <FormTextInput id="reference" name="reference" label="Payment or invoice reference" width="20" />
          <FormTextInput
            id="amount"
            name="amount"
            label="Amount paid, in pounds"
            width="10"
            inputMode="decimal"
          />
          <FormDateInput id="paidOn" name="paidOn" legend="Date it was paid" />
        </ActionForm>
      </Details>
      <Details summary="Record a variation or an extension">
        <ActionForm
          action={addVariationAction}
          fields={["kind", "reason", "valueChange", "months", "effectiveDate"]}
          anchors={{ kind: "kind-0", effectiveDate: "effectiveDate-day" }}
          submitLabel="Record it"
        >
          <input type="hidden" name="contractId" value={contract.id} readOnly />
          <input type="hidden" name="editVersion" value={contract.editVersion} readOnly />
          <FormRadios
            name="kind"
            legend="What is it?"
            defaultValue="VARIATION"
            options={[
              { value: "VARIATION", label: "A variation: a change in value" },
              {
                value: "EXTENSION",
                label: `An extension (${contract.extensionMonthsAvailable - contract.extensionMonthsUsed} months left)`,
              },
            ]}
          />
          <FormTextarea id="reason" name="reason" label="Reason" rows={3} />
          <FormTextInput
            id="valueChange"
            name="valueChange"
            label="Change in total value, in pounds (for a variation)"
            hint="Use a minus sign for a reduction, like -2500."
            width="10"
          />
          <FormTextInput
            id="months"
            name="months"
            label="Months (for an extension)"
            width="3"
            inputMode="numeric"
          />
          <FormDateInput id="effectiveDate" name="effectiveDate" legend="Date it takes effect" />
        </ActionForm>
      </Details>
    </>
  );
}
