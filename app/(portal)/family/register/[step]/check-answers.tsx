"use client";

import { submitRegistrationAction } from "./actions";
import { ActionForm, FormCheckboxes } from "@/components/forms/action-form";
import type { DraftData } from "@/lib/data/register/registration-draft";
import { formatCalendarDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { InsetText } from "@/components/ui/inset-text";
import { WarningText } from "@/components/ui/warning-text";
import { route } from "@/lib/routes/route";
import type { RegistrationStep } from "@/lib/schemas/register";

interface Options {
  districts: { id: string; name: string }[];
  needTypes: { id: string; name: string }[];
  consent: { version: number; text: string } | null;
}

const CONTACT = { email: "E-mail", phone: "Phone", post: "Post" } as const;

function change(step: RegistrationStep, what: string) {
  return { href: route(`/family/register/${step}?returnTo=check`), label: "Change", visuallyHidden: what };
}

export function CheckAnswers({
  draft,
  options,
  submissionKey,
}: {
  draft: DraftData;
  options: Options;
  submissionKey: string;
}) {
  const missing =
    !draft.firstName ||
    !draft.dateOfBirth ||
    !draft.districtId ||
    !draft.needTypeIds?.length ||
    !draft.parentName;
  const district = options.districts.find((d) => d.id === draft.districtId)?.name;
  const needs = options.needTypes.filter((n) => draft.needTypeIds?.includes(n.id)).map((n) => n.name);
  const empty = <span className="text-secondary">Not given</span>;

  return (
    <>
      <PageHeading>Check your answers</PageHeading>
      {missing && (
        <WarningText>
          Some answers are missing. Use the Change links to fill them in before you register.
        </WarningText>
      )}
      <SectionHeading size="m">Your child</SectionHeading>
      <SummaryList
        rows={[
          {
            key: "Name",
            value: draft.firstName ? `${draft.firstName} ${draft.lastName}` : empty,
            action: change("child", "name"),
          },
          {
            key: "Date of birth",
            value: draft.dateOfBirth ? formatCalendarDate(new Date(`${draft.dateOfBirth}T00:00:00Z`)) : empty,
            action: change("child", "date of birth"),
          },
          { key: "Postcode", value: draft.postcode ?? empty, action: change("home", "postcode") },
          { key: "Area", value: district ?? empty, action: change("home", "area") },
          {
            key: "Types of need",
            value: needs.length ? needs.join(", ") : empty,
            action: change("needs", "types of need"),
          },
          {
            key: "School or setting",
            value: draft.school || empty,
            action: change("school", "school or setting"),
          },
          {
            key: "Short breaks used now",
            value: draft.currentShortBreaks || empty,
            action: change("school", "short breaks used now"),
          },
          {
            key: "Communication",
            value: draft.communicationNeeds || empty,
            action: change("school", "communication needs"),
          },
        ]}
      />
      <SectionHeading size="m">You</SectionHeading>
      <SummaryList
        rows={[
          { key: "Name", value: draft.parentName ?? empty, action: change("contact", "your name") },
          { key: "E-mail", value: draft.parentEmail ?? empty, action: change("contact", "e-mail address") },
          { key: "Phone", value: draft.parentPhone || empty, action: change("contact", "phone number") },
          {
            key: "Contact by",
            value: draft.contactPreference ? CONTACT[draft.contactPreference] : empty,
            action: change("contact", "how we contact you"),
          },
        ]}
      />
      <SectionHeading size="m">Your consent</SectionHeading>
      {options.consent ? (
        <ActionForm
          action={submitRegistrationAction}
          fields={["consent"]}
          anchors={{ consent: "consent-0", form: "consent-0" }}
          submitLabel="Register my child"
          submitDisabled={missing}
        >
          <InsetText>
            <div className="whitespace-pre-line">{options.consent.text}</div>
          </InsetText>
          <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
          <input type="hidden" name="consentVersion" value={options.consent.version} readOnly />
          <FormCheckboxes
            name="consent"
            legend="Do you agree?"
            legendSize="s"
            hint={`Consent statement version ${options.consent.version}. Joining is your choice. You can withdraw at any time.`}
            options={[
              { value: "yes", label: "I agree to my child being on the register, as described above" },
            ]}
          />
        </ActionForm>
      ) : (
        <p>Your council has not published its consent statement yet, so children cannot be registered.</p>
      )}
    </>
  );
}
