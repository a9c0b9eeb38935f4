"use client";

import Link from "next/link";
import { createUserAction } from "../actions";
import { ActionForm, FormRadios, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { route } from "@/lib/routes/route";
import { Panel } from "@/components/ui/panel";

const FIELDS = ["name", "email", "role", "organisationId", "familyName"];

export function CreateUserForm({
  organisations,
  submissionKey,
}: {
  organisations: { id: string; name: string }[];
  submissionKey: string;
}) {
  return (
    <ActionForm
      action={createUserAction}
      fields={FIELDS}
      anchors={{ role: "role-0" }}
      submitLabel="Add user"
      // The panel stays above an empty form, ready for the next person.
      banner={(done) => (
        <Panel title={done.data?.existingAccount ? "Added to your council" : (done.message ?? "User added")}>
          {done.data?.invitedEmail ? (
            <p data-testid="invitation-sent">
              We have sent an invitation to {done.data.invitedEmail}. The link in it works once, for 7 days.
            </p>
          ) : done.data?.existingAccount ? (
            <p data-testid="existing-account">{done.message}</p>
          ) : (
            <p>No new link was made.</p>
          )}
          {done.data?.userId && (
            <p className="mt-4">
              <Link href={route(`/admin/users/${done.data.userId}`)} className="text-white underline">
                Open their page
              </Link>
            </p>
          )}
        </Panel>
      )}
    >
      <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
      <FormTextInput id="name" name="name" label="Full name" autoComplete="off" />
      <FormTextInput
        id="email"
        name="email"
        type="email"
        label="E-mail address"
        spellCheck={false}
        autoComplete="off"
      />
      <FormRadios
        name="role"
        legend="Role"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
      />
      <FormSelect
        id="organisationId"
        name="organisationId"
        label="Provider organisation (for provider staff)"
        defaultValue=""
        options={[
          { value: "", label: "Not a provider" },
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <FormTextInput
        id="familyName"
        name="familyName"
        label="Family name (for parents and carers, optional)"
        hint="For example, The Okafor family. Leave empty to use the person's name."
      />
    </ActionForm>
  );
}
