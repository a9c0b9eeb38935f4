"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "./actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formFeedback } from "@/components/forms/form-feedback";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, null);
  const f = formFeedback(state, ["form"]);
  useEffect(() => {
    // Every session is already revoked on the server; this clears this browser's cookie too.
    if (state?.ok) void signOut({ callbackUrl: "/sign-in" });
  }, [state]);
  return (
    <form action={action}>
      <ErrorSummary errors={f.summary} />
      <Button variant="warning" disabled={pending || !!state?.ok}>
        Sign out everywhere
      </Button>
    </form>
  );
}
