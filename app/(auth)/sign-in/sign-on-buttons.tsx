"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** One button per council whose staff can sign in with their council (Microsoft) account. */
export function SignOnButtons({
  councils,
  callbackUrl,
}: {
  councils: { slug: string; name: string; providerId: string }[];
  callbackUrl: string;
}) {
  return (
    <ul className="mb-6">
      {councils.map((c) => (
        <li key={c.slug}>
          <Button
            type="button"
            variant="secondary"
            onClick={() => void signIn(c.providerId, { callbackUrl })}
          >
            Continue with your {c.name} account
          </Button>
        </li>
      ))}
    </ul>
  );
}
