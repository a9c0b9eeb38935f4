"use client";

import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { signInSchema } from "@/lib/schemas/auth";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";

type Errors = { email?: string; password?: string; form?: string };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();

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
    startTransition(async () => {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        const message =
          result?.error && result.error !== "CredentialsSignin"
            ? result.error
            : "The e-mail address or password is not right, or the account cannot be used.";
        setErrors({ form: message });
        return;
      }
      // A full navigation, so every server component renders for the new session.
      window.location.assign(callbackUrl);
    });
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
