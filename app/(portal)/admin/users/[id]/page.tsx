import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilUser, listCouncilOrganisations } from "@/lib/data/users/list-users";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { ChangeRoleForm, DisableUserForm, PasswordLinkForm, ResetSecondFactorForm } from "./user-forms";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params, searchParams }: PageProps<"/admin/users/[id]">) {
  const actor = await requirePageActor("read:user:council", { role: "ADMIN" });
  const { id } = await params;
  const { confirm } = parseSearchParams(z.object({ confirm: flagField("disable") }), await searchParams);
  const [user, organisations] = await Promise.all([
    getCouncilUser(actor, id),
    listCouncilOrganisations(actor),
  ]);
  if (!user) notFound();
  const isSelf = user.id === actor.userId;

  return (
    <>
      <BackLink href="/admin/users">Back to users</BackLink>
      <PageHeading caption="User">{user.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "E-mail address", value: user.email },
          { key: "Role", value: ROLE_LABEL[user.role] },
          ...(user.organisation ? [{ key: "Organisation", value: user.organisation }] : []),
          ...(user.family ? [{ key: "Family", value: user.family }] : []),
          {
            key: "Status",
            value: user.disabled ? (
              <Tag colour="red">Disabled</Tag>
            ) : user.hasPassword ? (
              <Tag colour="green">Active</Tag>
            ) : (
              <Tag colour="yellow">Invited – no password yet</Tag>
            ),
          },
          ...(user.hasSecondFactor ? [{ key: "Second factor", value: "Authenticator app" }] : []),
          { key: "Added", value: formatDate(user.addedAt) },
          { key: "Last signed in", value: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never" },
        ]}
      />
      {isSelf ? (
        <p>This is your own account. Another administrator must change its role or disable it.</p>
      ) : (
        <>
          <SectionHeading>Change role</SectionHeading>
          <ChangeRoleForm
            userId={user.id}
            role={user.role}
            organisationId={user.organisationId}
            organisations={organisations}
          />
          <SectionHeading>{user.disabled ? "Enable access" : "Disable access"}</SectionHeading>
          <DisableUserForm userId={user.id} disabled={user.disabled} confirming={confirm === "disable"} />
          <SectionHeading>Password link</SectionHeading>
          {user.inOtherCouncils ? (
            <p className="mb-8" data-testid="no-password-link">
              This person also belongs to another council, so you cannot make them a password link: it would
              let your council set the password they use for the others. They sign in with their own password,
              and can use &lsquo;Forgot your password?&rsquo; on the sign-in page.
            </p>
          ) : (
            <PasswordLinkForm userId={user.id} />
          )}
          {user.hasSecondFactor && !user.inOtherCouncils && (
            <>
              <SectionHeading>Second factor</SectionHeading>
              <ResetSecondFactorForm userId={user.id} />
            </>
          )}
        </>
      )}
    </>
  );
}
