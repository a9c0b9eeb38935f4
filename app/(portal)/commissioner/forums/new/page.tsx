import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { audienceOptions } from "@/lib/data/announcements/audience-options";
import { ALL_PROVIDERS, ANNOUNCEMENT_FORM_FIELDS } from "@/lib/schemas/announcement";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import {
  ActionForm,
  FormCheckboxes,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { publishAnnouncementAction } from "../actions";

export const metadata: Metadata = { title: "Publish an announcement or forum event" };

const reach = (n: number) => `Reaches ${n} ${n === 1 ? "organisation" : "organisations"} today`;

export default async function NewAnnouncementPage() {
  const actor = await requirePageActor("create:announcement:council", { role: "COMMISSIONER" });
  const options = await audienceOptions(actor);
  return (
    <>
      <BackLink href="/commissioner/forums">Back to forums and announcements</BackLink>
      <PageHeading caption={actor.councilName}>Publish an announcement or forum event</PageHeading>
      <p className="mb-6 max-w-prose">
        Staff of every organisation it is for get a notification as soon as you publish. It cannot be changed
        afterwards.
      </p>
      <ActionForm
        action={publishAnnouncementAction}
        fields={[...ANNOUNCEMENT_FORM_FIELDS]}
        anchors={{
          kind: "kind-0",
          audience: "audience-0",
          requiresAcknowledgement: "requiresAcknowledgement-0",
          eventAt: "eventAt-day",
          form: "kind-0",
        }}
        submitLabel="Publish"
      >
        <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
        <FormRadios
          name="kind"
          legend="What are you publishing?"
          defaultValue="ANNOUNCEMENT"
          options={[
            {
              value: "ANNOUNCEMENT",
              label: "An announcement",
              hint: "For example a new procedure or a change.",
            },
            {
              value: "FORUM_EVENT",
              label: "A provider forum",
              hint: "A meeting on a date; you can record who attended.",
            },
          ]}
        />
        <FormTextInput id="title" name="title" label="Title" width="30" />
        <FormTextarea id="body" name="body" label="Message" rows={8} maxLength={5000} />
        <FormRadios
          name="audience"
          legend="Who is it for?"
          hint="Providers of a service type are approved organisations with a listing or a live contract of that type here."
          defaultValue={ALL_PROVIDERS}
          options={[
            { value: ALL_PROVIDERS, label: "All providers", hint: reach(options.all) },
            ...options.serviceTypes.map((t) => ({
              value: t.id,
              label: `Providers of ${t.name.toLowerCase()}`,
              hint: reach(t.organisations),
            })),
          ]}
        />
        <FormCheckboxes
          name="requiresAcknowledgement"
          legend="Acknowledgement (announcements only)"
          options={[
            {
              value: "yes",
              label: "Each organisation must acknowledge it",
              hint: "You will see which organisations have and have not.",
            },
          ]}
        />
        <FormDateInput
          id="eventAt"
          name="eventAt"
          legend="Forum date (forum events only)"
          hint="For example, 27 3 2027"
        />
        <FormTextInput
          id="eventTime"
          name="eventTime"
          label="Forum start time (forum events only)"
          hint="UK time, for example 10:00 or 2:30pm"
          width="5"
        />
      </ActionForm>
    </>
  );
}
