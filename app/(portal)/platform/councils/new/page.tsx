import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { createCouncilAction } from "../../actions";
import { ActionForm, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a council" };

export default async function NewCouncilPage() {
  await requirePageActor("create:council:platform", { role: "PLATFORM_ADMIN" });
  return (
    <>
      <BackLink href="/platform">Back to councils</BackLink>
      <PageHeading caption="Platform administration">Add a council</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The council starts empty: its administrator adds its people, providers, types of need and consent
        wording. Nothing of any other council is visible to it.
      </p>
      <ActionForm
        action={createCouncilAction}
        fields={["name", "slug", "districts", "adminName", "adminEmail"]}
        submitLabel="Create the council"
      >
        <FormTextInput id="name" name="name" label="Council name" hint="For example, East Riding Council" />
        <FormTextInput
          id="slug"
          name="slug"
          label="Short name for web addresses"
          hint="Small letters, digits and hyphens, like east-riding. Its pages will be at /councils/east-riding. It cannot be changed later."
          width="20"
          autoComplete="off"
          spellCheck={false}
        />
        <FormTextarea
          id="districts"
          name="districts"
          label="Districts"
          hint="One a line. The administrator can add, rename and retire them later."
          rows={5}
        />
        <SectionHeading size="m">First administrator</SectionHeading>
        <FormTextInput id="adminName" name="adminName" label="Full name" autoComplete="off" />
        <FormTextInput
          id="adminEmail"
          name="adminEmail"
          label="E-mail address"
          hint="They are sent an invitation to set a password."
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </ActionForm>
    </>
  );
}
