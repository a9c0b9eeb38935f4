import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSecondFactorState } from "@/lib/data/second-factor/set-up-second-factor";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requirePageActor("read:account:own", { beforeSecondFactor: true });
  const secondFactor = can(actor, "update:second-factor:own") ? await getSecondFactorState(actor) : null;
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
      <SectionHeading>Sign out on every device</SectionHeading>
      <p className="mb-4">
        If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here
        too.
      </p>
      <SignOutEverywhereForm />
    </>
  );
}
