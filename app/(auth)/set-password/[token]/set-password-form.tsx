"use client";

import { useActionState } from "react";
import Link from "next/link";
import { setPasswordAction } from "./actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, null);
  const f = formFeedback(state, ["password", "confirmPassword"]);
  if (f.succeeded) {
    return (
      <Panel title="Password set">
        <p>
          {f.succeeded.message}{" "}
          <Link href="/sign-in" className="text-white underline">
            Sign in
          </Link>
        </p>
      </Panel>
    );
  }
  return (
    <form action={action} noValidate aria-busy={pending}>
      <ErrorSummary errors={f.summary} />
      <input type="hidden" name="token" value={token} readOnly />
      <TextInput
        id="password"
        name="password"
        type="password"
        label="New password"
        hint="Use 12 characters or more. A few random words together work well."
        autoComplete="new-password"
        error={f.error("password")}
      />
      <TextInput
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label="Type the password again"
        autoComplete="new-password"
        error={f.error("confirmPassword")}
      />
      <Button disabled={pending}>Set password</Button>
    </form>
  );
}
