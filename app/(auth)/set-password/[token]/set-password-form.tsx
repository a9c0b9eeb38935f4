"use client";

import Link from "next/link";
import { setPasswordAction } from "./actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { Panel } from "@/components/ui/panel";

export function SetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm
      action={setPasswordAction}
      fields={["password", "confirmPassword"]}
      submitLabel="Set password"
      done={(succeeded) => (
        <Panel title="Password set">
          <p>
            {succeeded.message}{" "}
            <Link href="/sign-in" className="text-white underline">
              Sign in
            </Link>
          </p>
        </Panel>
      )}
    >
      <input type="hidden" name="token" value={token} readOnly />
      {/* Passwords are never sent back, so these are never refilled. */}
      <FormTextInput
        id="password"
        name="password"
        type="password"
        label="New password"
        hint="Use 12 characters or more. A few random words together work well."
        autoComplete="new-password"
      />
      <FormTextInput
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label="Type the password again"
        autoComplete="new-password"
      />
    </ActionForm>
  );
}
