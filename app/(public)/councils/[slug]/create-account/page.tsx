import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegisterInformation } from "@/lib/data/public/get-register-information";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";
import { StartSignUpForm } from "./start-sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function CreateAccountPage({ params }: PageProps<"/councils/[slug]/create-account">) {
  const council = await getRegisterInformation((await params).slug);
  if (!council) notFound();
  return (
    <div className="max-w-xl">
      <BackLink href={route(`/councils/${council.slug}/join-the-register`)}>Back</BackLink>
      <PageHeading caption={council.name}>Create an account</PageHeading>
      <EasyRead>Write your e-mail address. We send you an e-mail. Open the link in it.</EasyRead>
      <p className="mb-6">
        Parents and carers need an account to put a child on the register. Enter your e-mail address and we
        will send you a link to confirm it. Then you choose a password and can register your child straight
        away.
      </p>
      <StartSignUpForm councilSlug={council.slug} />
      <p className="mt-6">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
