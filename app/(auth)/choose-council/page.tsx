import type { Metadata } from "next";
import { requireSignedIn } from "@/lib/auth/session";
import { listOwnMemberships } from "@/lib/data/users/choose-membership";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { PageHeading } from "@/components/ui/heading";
import { ChooseCouncilForm } from "./choose-council-form";

export const metadata: Metadata = { title: "Choose who you are acting for" };

/** After sign-in, for people with several councils or roles; and behind "Switch" in the header. */
export default async function ChooseCouncilPage() {
  const session = await requireSignedIn();
  const userId = session.kind === "acting" ? session.actor.userId : session.userId;
  const memberships = await listOwnMemberships(userId);
  if (memberships.length === 0) {
    return (
      <div className="max-w-2xl">
        <PageHeading>You have no council to act for</PageHeading>
        <p>Your access has been turned off. Ask your council administrator if you think this is wrong.</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <ChooseCouncilForm
        current={session.kind === "acting" ? session.actor.membershipId : undefined}
        options={memberships.map((m) => ({
          value: m.id,
          label: `${m.councilName}: ${ROLE_LABEL[m.role]}`,
          hint: m.organisation ? `For ${m.organisation}` : undefined,
        }))}
      />
    </div>
  );
}
