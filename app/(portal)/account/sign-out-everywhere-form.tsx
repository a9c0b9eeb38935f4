"use client";

import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "./actions";
import { ActionForm } from "@/components/forms/action-form";

export function SignOutEverywhereForm() {
  return (
    <ActionForm
      action={signOutEverywhereAction}
      fields={["form"]}
      submitLabel="Sign out everywhere"
      submitVariant="warning"
      // Every session is already revoked on the server; this clears this browser's cookie too.
      onDone={() => void signOut({ callbackUrl: "/sign-in" })}
    />
  );
}
