import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordLink } from "@/lib/data/users/set-password-with-token";
import { PageHeading } from "@/components/ui/heading";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: PageProps<"/set-password/[token]">) {
  const { token } = await params;
  const link = token.length >= 20 && token.length <= 200 ? await findPasswordLink(token) : null;
  if (!link) {
    return (
      <div className="max-w-xl">
        <PageHeading>This link does not work</PageHeading>
        <p className="mb-4">The link has expired or has already been used. Each link works once.</p>
        <p className="mb-4">
          <Link href="/forgot-password">Get a new link</Link> to set your password.
        </p>
        <p>
          <Link href="/sign-in">Sign in</Link> if you have already set your password.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <PageHeading caption={link.email}>Set your password</PageHeading>
      <SetPasswordForm token={token} />
    </div>
  );
}
