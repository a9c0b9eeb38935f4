import type { Metadata } from "next";
import Link from "next/link";
import { findAccountRequest } from "@/lib/data/accounts/complete-family-sign-up";
import { PageHeading } from "@/components/ui/heading";
import { EasyRead } from "@/components/layout/easy-read";
import { CompleteSignUpForm } from "./complete-sign-up-form";

export const metadata: Metadata = { title: "Create your account", referrer: "no-referrer" };

export default async function CompleteSignUpPage({ params }: PageProps<"/create-account/[token]">) {
  const { token } = await params;
  const request = token.length >= 20 && token.length <= 200 ? await findAccountRequest(token) : null;
  if (!request) {
    return (
      <div className="max-w-xl">
        <PageHeading>This link does not work</PageHeading>
        <p className="mb-4">
          The link has expired or has already been used. Each link works once. Start again from your
          council&apos;s &lsquo;Join the register&rsquo; page.
        </p>
        <p>
          <Link href="/sign-in">Sign in</Link> if you have already created your account.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <PageHeading caption={`${request.councilName} – ${request.email}`}>Create your account</PageHeading>
      <EasyRead>Write your name. Choose a password. Then you can add your child.</EasyRead>
      <CompleteSignUpForm token={token} />
    </div>
  );
}
