"use client";

import { useRef, useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { signInSchema } from "@/lib/schemas/auth";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

type Errors = { email?: string; password?: string; code?: string; form?: string };

// Kept in step with lib/auth/authenticate.ts (a client component cannot import it: it reaches the database).
const SECOND_FACTOR_NEEDED = "SECOND_FACTOR_NEEDED";
const FAILED = "The e-mail address or password is not right, or the account cannot be used.";

/**
 * E-mail and password; then, for someone with a second factor, the code from their app on a second
 * step (the e-mail and password are sent again with it, held only in this component's memory).
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function submit(input: { email: string; password: string; code?: string }) {
    startTransition(async () => {
      const result = await signIn("credentials", { ...input, redirect: false });
      if (!result || result.error) {
        const error = result?.error;
        if (error === SECOND_FACTOR_NEEDED) {
          setCredentials({ email: input.email, password: input.password });
          setErrors({});
          return;
        }
        const message = error && error !== "CredentialsSignin" ? error : FAILED;
        // A wrong code keeps the code step; anything else (throttled, the account stopped) starts again.
        if (input.code !== undefined && /^(The code|That code)/.test(message)) setErrors({ code: message });
        else {
          setCredentials(null);
          setErrors({ form: message });
        }
        return;
      }
      // A full navigation, so every server component renders for the new session.
      window.location.assign(callbackUrl);
    });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as "email" | "password";
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    submit(parsed.data);
  }

  function onSubmitCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!credentials) return;
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    if (!code) {
      setErrors({ code: "Enter the 6-digit code from your authenticator app" });
      codeRef.current?.focus();
      return;
    }
    submit({ ...credentials, code });
  }

  if (credentials) {
    const summary = errors.code ? [{ href: "#code", text: errors.code }] : [];
    return (
      <form onSubmit={onSubmitCode} noValidate aria-busy={pending}>
        <ErrorSummary errors={summary} />
        <TextInput
          ref={codeRef}
          id="code"
          name="code"
          label="Code from your authenticator app"
          labelSize="m"
          hint="Open the app you set up for this account and enter the 6-digit code it shows. If you cannot use the app, enter one of your recovery codes."
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          width="10"
          autoFocus
          error={errors.code}
        />
        <div className="flex flex-wrap items-center gap-6">
          <Button disabled={pending}>{pending ? "Checking…" : "Continue"}</Button>
          <button
            type="button"
            className="mb-8 text-link underline"
            onClick={() => {
              setCredentials(null);
              setErrors({});
            }}
          >
            Start again
          </button>
        </div>
      </form>
    );
  }

  const summary = [
    ...(errors.form ? [{ href: "#email", text: errors.form }] : []),
    ...(errors.email ? [{ href: "#email", text: errors.email }] : []),
    ...(errors.password ? [{ href: "#password", text: errors.password }] : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending}>
      <ErrorSummary errors={summary} />
      <TextInput
        id="email"
        name="email"
        type="email"
        label="E-mail address"
        autoComplete="username"
        spellCheck={false}
        error={errors.email}
      />
      <TextInput
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={errors.password}
      />
      <Button disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
