import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { PageHeading } from "@/components/ui/heading";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never an open redirect.
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/dashboard";
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="max-w-xl">
      <PageHeading>Sign in</PageHeading>
      <p className="mb-6">
        Use the e-mail address and password for your account. Your council gives council staff, providers and
        young commissioners their accounts.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
