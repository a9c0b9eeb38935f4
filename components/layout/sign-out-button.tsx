"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="min-h-11 text-white underline underline-offset-4 hover:decoration-2 focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline focus-visible:outline-none focus-visible:shadow-[0_4px_0_#0b0c0c]"
    >
      Sign out
    </button>
  );
}
