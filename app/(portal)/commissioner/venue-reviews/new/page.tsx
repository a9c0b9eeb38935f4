import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { venueReviewOptions } from "@/lib/data/involvement/venue-review-options";
import { CONSENT_STANDING_LABEL } from "@/lib/domain/involvement/consent";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ActionForm, FormCheckboxes, FormDateInput, FormSelect } from "@/components/forms/action-form";
import { scheduleVenueReviewAction } from "../actions";

export const metadata: Metadata = { title: "Schedule a venue review" };

export default async function ScheduleVenueReviewPage() {
  const actor = await requirePageActor("create:venue-review:council", { role: "COMMISSIONER" });
  const options = await venueReviewOptions(actor);
  return (
    <>
      <BackLink href="/commissioner/venue-reviews">Back to venue reviews</BackLink>
      <PageHeading caption={actor.councilName}>Schedule a venue review</PageHeading>
      <ActionForm
        action={scheduleVenueReviewAction}
        fields={["serviceId", "plannedFor", "reviewerIds", "supportStaffId"]}
        anchors={{ plannedFor: "plannedFor-day", reviewerIds: "reviewerIds-0" }}
        submitLabel="Schedule the review"
      >
        <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
        <FormSelect
          id="serviceId"
          name="serviceId"
          label="Service or venue to review"
          hint="The review goes to the organisation that runs it."
          defaultValue=""
          options={[
            { value: "", label: "Choose a service" },
            ...options.services.map((s) => ({ value: s.id, label: s.label })),
          ]}
        />
        <FormDateInput
          id="plannedFor"
          name="plannedFor"
          legend="Visit date"
          legendSize="s"
          hint="For example, 27 3 2027"
        />
        <FormCheckboxes
          name="reviewerIds"
          legend="Review team"
          hint="One or more young commissioners. Those under 16 need a parent's or carer's consent on their profile."
          options={options.youngCommissioners.map((y) => ({
            value: y.id,
            label: y.name,
            hint: y.mayTakePart
              ? undefined
              : `${CONSENT_STANDING_LABEL[y.standing]}: cannot join until their profile is updated`,
          }))}
        />
        <FormSelect
          id="supportStaffId"
          name="supportStaffId"
          label="Member of staff supporting the team"
          defaultValue={actor.membershipId}
          options={[
            { value: "", label: "Choose a member of staff" },
            ...options.staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      </ActionForm>
    </>
  );
}
