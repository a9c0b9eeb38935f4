"use client";

import { useActionState } from "react";
import { useRemountKey } from "@/components/forms/use-remount-key";
import Link from "next/link";
import { changeUserRoleAction, resetPasswordLinkAction, setUserDisabledAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";
import { CopyableLink } from "@/components/forms/copyable-link";

function Done({ message }: { message?: string }) {
  return message ? (
    <NotificationBanner type="success" title="Done">
      {message}
    </NotificationBanner>
  ) : null;
}

export function ChangeRoleForm(props: {
  userId: string;
  role: Role;
  organisationId: string | null;
  organisations: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(changeUserRoleAction, null);
  const version = useRemountKey(state);
  const f = formFeedback(state, ["role", "organisationId"], { role: "role-0" });
  return (
    <form action={action} noValidate aria-busy={pending} className="mb-8" key={version}>
      <Done message={f.succeeded?.message} />
      <ErrorSummary errors={f.summary} />
      <input type="hidden" name="userId" value={props.userId} readOnly />
      <Radios
        name="role"
        legend="New role"
        legendSize="s"
        defaultValue={f.value("role") ?? props.role}
        error={f.error("role")}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
      />
      <Select
        id="organisationId"
        name="organisationId"
        label="Provider organisation (for provider staff)"
        defaultValue={f.value("organisationId") ?? props.organisationId ?? ""}
        error={f.error("organisationId")}
        options={[
          { value: "", label: "Not a provider" },
          ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <p className="mb-4">Changing the role signs the person out of your council.</p>
      <Button variant="secondary" disabled={pending}>
        Change role
      </Button>
    </form>
  );
}

export function DisableUserForm({
  userId,
  disabled,
  confirming,
}: {
  userId: string;
  disabled: boolean;
  confirming: boolean;
}) {
  const [state, action, pending] = useActionState(setUserDisabledAction, null);
  const f = formFeedback(state, ["userId"]);
  if (f.succeeded) return <Done message={f.succeeded.message} />;
  if (disabled) {
    return (
      <form action={action} className="mb-8">
        <ErrorSummary errors={f.summary} />
        <input type="hidden" name="userId" value={userId} readOnly />
        <input type="hidden" name="disable" value="false" readOnly />
        <Button variant="secondary" disabled={pending}>
          Enable access
        </Button>
      </form>
    );
  }
  if (!confirming) {
    return (
      <p className="mb-8">
        <Link href={`/admin/users/${userId}?confirm=disable#disable`} className="font-bold">
          Disable this person&apos;s access
        </Link>
      </p>
    );
  }
  return (
    <form action={action} className="mb-8" id="disable">
      <ErrorSummary errors={f.summary} />
      <WarningText>
        They will be signed out at once and cannot sign in until access is enabled again. Their records stay.
      </WarningText>
      <input type="hidden" name="userId" value={userId} readOnly />
      <input type="hidden" name="disable" value="true" readOnly />
      <div className="flex flex-wrap items-center gap-6">
        <Button variant="warning" disabled={pending}>
          Yes, disable access
        </Button>
        <Link href={`/admin/users/${userId}`}>Cancel</Link>
      </div>
    </form>
  );
}

export function PasswordLinkForm({ userId, origin }: { userId: string; origin: string }) {
  const [state, action, pending] = useActionState(resetPasswordLinkAction, null);
  const f = formFeedback(state, ["userId"]);
  return (
    <form action={action} className="mb-8">
      <ErrorSummary errors={f.summary} />
      {f.succeeded?.data?.link && (
        <NotificationBanner type="success" title="New link made">
          <CopyableLink origin={origin} path={f.succeeded.data.link} />
        </NotificationBanner>
      )}
      <input type="hidden" name="userId" value={userId} readOnly />
      <p className="mb-4">Make a new one-time link if the person lost theirs or forgot their password.</p>
      <Button variant="secondary" disabled={pending}>
        Make a new password link
      </Button>
    </form>
  );
}
