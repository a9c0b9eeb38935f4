import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/heading";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-xl">
      <PageHeading>Reset your password</PageHeading>
      <p className="mb-6">
        Enter your e-mail address. If it has an account, we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
