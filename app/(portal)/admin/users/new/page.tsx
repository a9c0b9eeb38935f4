import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { listCouncilOrganisations } from "@/lib/data/users/list-users";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "Add a user" };

export default async function NewUserPage() {
  const actor = await requirePageActor("create:user:council", { role: "ADMIN" });
  const organisations = await listCouncilOrganisations(actor);
  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <PageHeading caption={actor.councilName}>Add a user</PageHeading>
      <p className="mb-6">
        We e-mail the person an invitation with a link to set their password. The link works once, for 7 days.
        Someone who already has an account with another council gets no link: they are added to your council,
        told in the portal, and keep signing in with their own password.
      </p>
      <CreateUserForm organisations={organisations} submissionKey={randomUUID()} />
    </>
  );
}
