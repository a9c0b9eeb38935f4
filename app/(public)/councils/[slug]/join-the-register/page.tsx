import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegisterInformation } from "@/lib/data/public/get-register-information";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { InsetText } from "@/components/ui/inset-text";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Join the register of disabled children" };

export default async function JoinTheRegisterPage({
  params,
}: PageProps<"/councils/[slug]/join-the-register">) {
  const council = await getRegisterInformation((await params).slug);
  if (!council) notFound();
  const consent = council.consentStatements[0];
  return (
    <div className="max-w-[75ch]">
      <PageHeading caption={council.name}>Join the register of disabled children</PageHeading>
      <EasyRead>
        The council keeps a list of disabled children. It helps the council plan fun things to do. Joining is
        your choice. You can leave at any time.
      </EasyRead>
      <p className="mb-4">
        Every council in England keeps a register of disabled children and young people. Joining is voluntary:
        it does not decide whether your child gets a service, and leaving it changes nothing you already have.
      </p>
      <SectionHeading size="m">Why register</SectionHeading>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>The council uses the numbers to plan short breaks and other services where they are needed.</li>
        <li>You can hear about short breaks, activities and changes that matter to your family.</li>
        <li>Children up to and including age 19 can be on the register.</li>
      </ul>
      <SectionHeading size="m">What is kept</SectionHeading>
      <p className="mb-4">
        Your child&apos;s name, date of birth, postcode and area, their types of need, school or setting, the
        short breaks they use, how they communicate, and your contact details. We also record that you agreed,
        which version of the statement you agreed to, and when.
      </p>
      <SectionHeading size="m">Who sees it</SectionHeading>
      <p className="mb-4">
        Only council staff who plan services and support families. Every time a member of staff opens your
        child&apos;s record it is logged, and you can see who looked and when. Providers never see it.
      </p>
      <SectionHeading size="m">How the statistics are used</SectionHeading>
      <p className="mb-4">
        The council publishes counts of children by area, age and type of need. No count below{" "}
        {council.statisticsThreshold} is ever shown, so nobody can be identified.{" "}
        <Link href={`/councils/${council.slug}/statistics`}>See the published statistics</Link>.
      </p>
      <SectionHeading size="m">How to leave</SectionHeading>
      <p className="mb-4">
        Sign in and choose &quot;Take off the register&quot; on your child&apos;s record. Your child leaves
        the statistics at once, and their details are erased{" "}
        {council.retentionDays === 0 ? "straight away" : `after ${council.retentionDays} days`}. Children
        leave the register automatically after their 20th birthday, and we tell you when they do.
      </p>
      {consent && (
        <>
          <SectionHeading size="m">What you agree to</SectionHeading>
          <InsetText>
            <div className="whitespace-pre-line">{consent.text}</div>
          </InsetText>
          <p className="mb-6 text-secondary">
            Statement version {consent.version}, published {formatDate(consent.publishedAt)}.
          </p>
        </>
      )}
      <ButtonLink href={route("/family/register/child")}>Register your child</ButtonLink>
      <p className="mt-4">
        You will need to sign in. No account yet?{" "}
        <Link href={route(`/councils/${council.slug}/create-account`)}>Create an account</Link> with your
        e-mail address.
      </p>
    </div>
  );
}
