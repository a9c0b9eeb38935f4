"use client";

import Link from "next/link";
import {
  changeUserRoleAction,
  resetPasswordLinkAction,
  resetSecondFactorAction,
  setUserDisabledAction,
} from "../actions";
import { ActionForm, FormRadios, FormSelect } from "@/components/forms/action-form";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { route } from "@/lib/routes/route";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { WarningText } from "@/components/ui/warning-text";

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
  return (
    <ActionForm
      action={changeUserRoleAction}
      fields={["role", "organisationId"]}
      anchors={{ role: "role-0" }}
      submitLabel="Change role"
      submitVariant="secondary"
      className="mb-8"
      banner={(done) => <Done message={done.message} />}
    >
      <input type="hidden" name="userId" value={props.userId} readOnly />
      <FormRadios
        name="role"
        legend="New role"
        legendSize="s"
        defaultValue={props.role}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
      />
      <FormSelect
        id="organisationId"
        name="organisationId"
        label="Provider organisation (for provider staff)"
        defaultValue={props.organisationId ?? ""}
        options={[
          { value: "", label: "Not a provider" },
          ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <p className="mb-4">Changing the role signs the person out of your council.</p>
    </ActionForm>
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
  if (!disabled && !confirming) {
    return (
      <p className="mb-8">
        <Link href={route(`/admin/users/${userId}?confirm=disable#disable`)} className="font-bold">
          Disable this person&apos;s access
        </Link>
      </p>
    );
  }
  return (
    <ActionForm
      action={setUserDisabledAction}
      fields={["userId"]}
      submitLabel={disabled ? "Enable access" : "Yes, disable access"}
      submitVariant={disabled ? "secondary" : "warning"}
      className="mb-8"
      id={disabled ? undefined : "disable"}
      after={disabled ? undefined : <Link href={route(`/admin/users/${userId}`)}>Cancel</Link>}
      done={(done) => <Done message={done.message} />}
    >
      {!disabled && (
        <WarningText>
          They will be signed out at once and cannot sign in until access is enabled again. Their records
          stay.
        </WarningText>
      )}
      <input type="hidden" name="userId" value={userId} readOnly />
      <input type="hidden" name="disable" value={disabled ? "false" : "true"} readOnly />
    </ActionForm>
  );
}

export function PasswordLinkForm({ userId }: { userId: string }) {
  return (
    <ActionForm
      action={resetPasswordLinkAction}
      fields={["userId"]}
      submitLabel="E-mail a new password link"
      submitVariant="secondary"
      className="mb-8"
      banner={(done) =>
        done.message && (
          <NotificationBanner type="success" title="Link sent">
            <p data-testid="password-link-sent">{done.message}</p>
          </NotificationBanner>
        )
      }
    >
      <input type="hidden" name="userId" value={userId} readOnly />
      <p className="mb-4">
        Send a new one-time link if the person lost their invitation or forgot their password. They can also
        use &lsquo;Forgot your password?&rsquo; on the sign-in page.
      </p>
    </ActionForm>
  );
}

export function ResetSecondFactorForm({ userId }: { userId: string }) {
  return (
    <ActionForm
      action={resetSecondFactorAction}
      fields={["userId"]}
      submitLabel="Turn off their second factor"
      submitVariant="warning"
      className="mb-8"
    >
      <input type="hidden" name="userId" value={userId} readOnly />
      <p className="mb-4">
        If they lost their phone and their recovery codes, turn off their authenticator app. They can then
        sign in with their password and set up a new app.
      </p>
    </ActionForm>
  );
}
