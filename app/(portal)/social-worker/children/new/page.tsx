import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getRegistrationOptions } from "@/lib/data/register/registration-options";
import { ActionForm, FormDateInput, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { recordUnregisteredChildAction } from "../../assessments/actions";

export const metadata: Metadata = { title: "A child not on the register" };

export default async function NewUnregisteredChildPage() {
  const actor = await requirePageActor("create:child:council", { role: "SOCIAL_WORKER" });
  const { districts } = await getRegistrationOptions(actor);
  return (
    <>
      <BackLink href="/social-worker/children">Back to find a child</BackLink>
      <PageHeading caption="Assessments">A child not on the register</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        An assessment does not need the child to be on the register. The child is not added to the register
        and is not counted in any statistic; the family can still join the register themselves.
      </p>
      <ActionForm
        action={recordUnregisteredChildAction}
        fields={["firstName", "lastName", "dateOfBirth", "districtId", "parentName"]}
        anchors={{ dateOfBirth: "dateOfBirth-day" }}
        submitLabel="Save and open the child's record"
      >
        <FormTextInput id="firstName" name="firstName" label="First name" width="20" autoComplete="off" />
        <FormTextInput id="lastName" name="lastName" label="Last name" width="20" autoComplete="off" />
        <FormDateInput
          id="dateOfBirth"
          name="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 2016"
        />
        <FormSelect
          id="districtId"
          name="districtId"
          label="Area"
          options={[
            { value: "", label: "Choose an area" },
            ...districts.map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <FormTextInput
          id="parentName"
          name="parentName"
          label="Parent or carer's name (optional)"
          width="20"
        />
      </ActionForm>
    </>
  );
}
