"use client";

import Link from "next/link";
import { completeSignUpAction } from "./actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { Panel } from "@/components/ui/panel";
import { route } from "@/lib/routes/route";

export function CompleteSignUpForm({ token }: { token: string }) {
  return (
    <ActionForm
      action={completeSignUpAction}
      fields={["name", "password", "confirmPassword"]}
      submitLabel="Create account"
      done={(succeeded) => (
        <Panel title={succeeded.message ?? "Your account is ready"}>
          <p>
            <Link
              href={route(`/sign-in?callbackUrl=${encodeURIComponent("/family/register/child")}`)}
              className="text-white underline"
            >
              Sign in and register your child
            </Link>
          </p>
        </Panel>
      )}
    >
      <input type="hidden" name="token" value={token} readOnly />
      <FormTextInput id="name" name="name" label="Your full name" autoComplete="name" />
      {/* Passwords are never sent back, so these are never refilled. */}
      <FormTextInput
        id="password"
        name="password"
        type="password"
        label="Choose a password"
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
