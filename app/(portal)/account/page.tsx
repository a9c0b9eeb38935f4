import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSecondFactorState } from "@/lib/data/second-factor/set-up-second-factor";
import { getEmailPreferences } from "@/lib/data/users/email-preferences";
import { OPTIONAL_EMAILS } from "@/lib/domain/email-kinds";
import { EmailPreferencesForm } from "./email-preferences-form";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requirePageActor("read:account:own", { beforeSecondFactor: true });
  const [secondFactor, emails] = await Promise.all([
    can(actor, "update:second-factor:own") ? getSecondFactorState(actor) : null,
    getEmailPreferences(actor),
  ]);
  return (
    <>
      <PageHeading>Your account</PageHeading>
      <SummaryList
        rows={[
          { key: "Name", value: actor.name },
          { key: "E-mail address", value: actor.email },
          { key: "Council", value: actor.councilName },
          { key: "Role", value: ROLE_LABEL[actor.role] },
        ]}
      />
      {secondFactor && (
        <>
          <SectionHeading>Second factor at sign-in</SectionHeading>
          <p className="mb-4">
            {secondFactor.status === "on"
              ? "On: signing in asks for a code from your authenticator app."
              : "Off: signing in needs only your password."}
          </p>
          <p className="mb-8">
            <Link href="/account/second-factor">
              {secondFactor.status === "on" ? "Manage your second factor" : "Set up a second factor"}
            </Link>
          </p>
        </>
      )}
      <SectionHeading>E-mails</SectionHeading>
      <p className="mb-4">
        We always e-mail you invitations, links to set or reset your password, and notices about the security
        of your account.
      </p>
      {emails.length > 0 && (
        <EmailPreferencesForm
          options={emails.map((e) => ({ value: e.kind, label: OPTIONAL_EMAILS[e.kind].label }))}
          on={emails.filter((e) => e.on).map((e) => e.kind)}
        />
      )}
      <SectionHeading>Sign out on every device</SectionHeading>
      <p className="mb-4">
        If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here
        too.
      </p>
      <SignOutEverywhereForm />
    </>
  );
}
