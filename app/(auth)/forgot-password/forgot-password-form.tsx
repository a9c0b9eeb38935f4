"use client";

import Link from "next/link";
import { forgotPasswordAction } from "./actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { Panel } from "@/components/ui/panel";

export function ForgotPasswordForm() {
  return (
    <ActionForm
      action={forgotPasswordAction}
      fields={["email"]}
      submitLabel="Send me a link"
      done={(succeeded) => (
        <>
          <Panel title="Check your e-mail">
            <p data-testid="reset-requested">{succeeded.message}</p>
          </Panel>
          <p className="mt-6">
            <Link href="/sign-in">Back to sign in</Link>
          </p>
        </>
      )}
    >
      <FormTextInput
        id="email"
        name="email"
        type="email"
        label="E-mail address"
        hint="The address you sign in with"
        autoComplete="username"
        spellCheck={false}
      />
    </ActionForm>
  );
}
