import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requirePageActor("read:account:own");
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
      <SectionHeading>Sign out on every device</SectionHeading>
      <p className="mb-4">
        If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here
        too.
      </p>
      <SignOutEverywhereForm />
    </>
  );
}
