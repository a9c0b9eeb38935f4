"use client";

import { useActionState } from "react";
import Link from "next/link";
import { createUserAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput, Radios, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { CopyableLink } from "@/components/forms/copyable-link";
import { useRemountKey } from "@/components/forms/use-remount-key";

const FIELDS = ["name", "email", "role", "organisationId", "familyName"];

export function CreateUserForm({
  organisations,
  submissionKey,
  origin,
}: {
  organisations: { id: string; name: string }[];
  submissionKey: string;
  origin: string;
}) {
  const [state, action, pending] = useActionState(createUserAction, null);
  const f = formFeedback(state, FIELDS, { role: "role-0" });
  const done = f.succeeded;
  const version = useRemountKey(state);

  return (
    <>
      {done && (
        <Panel title={done.data?.existingAccount ? "Added to your council" : (done.message ?? "User added")}>
          {done.data?.link ? (
            <CopyableLink origin={origin} path={done.data.link} />
          ) : done.data?.existingAccount ? (
            <p data-testid="existing-account">{done.message}</p>
          ) : (
            <p>No new link was made.</p>
          )}
          {done.data?.userId && (
            <p className="mt-4">
              <Link href={`/admin/users/${done.data.userId}`} className="text-white underline">
                Open their page
              </Link>
            </p>
          )}
        </Panel>
      )}
      <form
        action={action}
        noValidate
        aria-busy={pending}
        key={`${done ? submissionKey : "form"}-${version}`}
      >
        <ErrorSummary errors={f.summary} />
        <input type="hidden" name="submissionKey" value={submissionKey} readOnly />
        <TextInput
          id="name"
          name="name"
          label="Full name"
          autoComplete="off"
          defaultValue={f.value("name")}
          error={f.error("name")}
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="E-mail address"
          spellCheck={false}
          autoComplete="off"
          defaultValue={f.value("email")}
          error={f.error("email")}
        />
        <Radios
          name="role"
          legend="Role"
          defaultValue={f.value("role")}
          error={f.error("role")}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
        />
        <Select
          id="organisationId"
          name="organisationId"
          label="Provider organisation (for provider staff)"
          defaultValue={f.value("organisationId") ?? ""}
          error={f.error("organisationId")}
          options={[
            { value: "", label: "Not a provider" },
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextInput
          id="familyName"
          name="familyName"
          label="Family name (for parents and carers, optional)"
          hint="For example, The Okafor family. Leave empty to use the person's name."
          defaultValue={f.value("familyName")}
          error={f.error("familyName")}
        />
        <Button disabled={pending}>Add user</Button>
      </form>
    </>
  );
}
