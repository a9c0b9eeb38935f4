import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { PageHeading } from "@/components/ui/heading";
import { SignInForm } from "./sign-in-form";
import { uncheckedRoute } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  // Only a path that stays on this site: never an open redirect (issue 12).
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  const session = await getSessionState();
  if (session.kind === "choosing") redirect("/choose-council");
  if (session.kind === "acting") redirect(uncheckedRoute(callbackUrl));
  return (
    <div className="max-w-xl">
      <PageHeading>Sign in</PageHeading>
      <p className="mb-6">
        Use the e-mail address and password for your account. Your council gives council staff, providers and
        young commissioners their accounts.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
