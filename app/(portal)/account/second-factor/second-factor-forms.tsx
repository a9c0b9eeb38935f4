"use client";

import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import {
  confirmSecondFactorAction,
  renewRecoveryCodesAction,
  startSecondFactorSetupAction,
  turnOffSecondFactorAction,
} from "./actions";

function RecoveryCodes({ codes, title }: { codes: string[]; title: string }) {
  return (
    <NotificationBanner type="success" title={title}>
      <p className="mb-4">
        Keep these recovery codes somewhere safe, away from your phone. Each one works once, instead of a code
        from the app, if you lose your phone. You will not see them again.
      </p>
      <ul className="mb-4 grid max-w-md grid-cols-2 gap-2 font-mono text-lg" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p>
        <a href="/account">Go to your account</a>
      </p>
    </NotificationBanner>
  );
}

export function StartSetupForm() {
  return (
    <ActionForm
      action={startSecondFactorSetupAction}
      fields={["form"]}
      submitId="start-setup"
      submitLabel="Set up an authenticator app"
    />
  );
}

export function ConfirmSetupForm() {
  return (
    <ActionForm
      action={confirmSecondFactorAction}
      fields={["code"]}
      submitLabel="Turn on"
      done={(s) => <RecoveryCodes codes={s.data?.recoveryCodes ?? []} title="Your second factor is on" />}
    >
      <FormTextInput
        id="code"
        name="code"
        label="Code from the app"
        hint="The 6-digit code the app shows for this account, like 123456"
        autoComplete="one-time-code"
        inputMode="numeric"
        spellCheck={false}
        width="10"
      />
    </ActionForm>
  );
}

export function RenewRecoveryCodesForm() {
  return (
    <ActionForm
      action={renewRecoveryCodesAction}
      fields={["form"]}
      submitId="renew-codes"
      submitLabel="Make new recovery codes"
      submitVariant="secondary"
      done={(s) => <RecoveryCodes codes={s.data?.recoveryCodes ?? []} title="New recovery codes" />}
    />
  );
}

export function TurnOffForm({ label }: { label: string }) {
  return (
    <ActionForm
      action={turnOffSecondFactorAction}
      fields={["password"]}
      submitLabel={label}
      submitVariant="warning"
    >
      <FormTextInput
        id="password"
        name="password"
        type="password"
        label="Your password"
        autoComplete="current-password"
        width="20"
      />
    </ActionForm>
  );
}
