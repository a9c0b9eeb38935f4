import type { Actor } from "../../auth/actor";
import { prisma, type Role, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { ROLE_LABEL } from "../../auth/roles";
import { revokeMembershipSessions, revokeUserSessions } from "../../auth/user-session";
import { recordAccountAudit } from "../audit/record-audit";
import { issuePasswordLink } from "./password-link";
import { requireCouncilOrganisation } from "./require-council-organisation";
import { lockUser } from "./lock-user";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { newPasswordLinkEmail } from "../../mail/templates/account-emails";
import { acrossCouncils } from "../../db-scope";

export const LINK_REFUSED_OTHER_COUNCIL =
  "This person also belongs to another council, so no council can make them a password link: it would " +
  "let one council set the password they use for the others. They keep signing in with their own password.";

/** The person's membership of the actor's council, locked for the rest of the transaction. */
async function membershipInCouncil(tx: Tx, actor: Actor, userId: string) {
  const [m] = await tx.$queryRaw<
    {
      id: string;
      role: Role;
      disabledAt: Date | null;
      organisationId: string | null;
      familyId: string | null;
    }[]
  >`SELECT id, role, "disabledAt", "organisationId", "familyId" FROM "Membership"
    WHERE "userId" = ${userId} AND "councilId" = ${actor.councilId} AND role <> 'PLATFORM_ADMIN' FOR UPDATE`;
  if (!m) throw new NotFoundError("The user");
  return m;
}

function refuseSelf(actor: Actor, userId: string, what: string) {
  if (actor.userId === userId) {
    throw new AppError("INVALID", `You cannot ${what} your own account. Ask another administrator.`);
  }
}

/**
 * Changes a user's role in this council. Their sessions acting for this council end (the next
 * request signs them out); their sessions for other councils carry on.
 */
export async function changeUserRole(
  actor: Actor,
  input: { userId: string; role: Role; organisationId?: string },
  now = new Date(),
) {
  refuseSelf(actor, input.userId, "change the role of");
  await prisma.$transaction(async (tx) => {
    const m = await membershipInCouncil(tx, actor, input.userId);
    const organisationId =
      input.role === "PROVIDER"
        ? await requireCouncilOrganisation(tx, actor.councilId, input.organisationId)
        : null;
    let familyId = m.familyId;
    if (input.role === "FAMILY" && !familyId) {
      const family = await tx.family.create({ data: { councilId: actor.councilId, name: "New family" } });
      familyId = family.id;
    }
    await tx.membership.update({ where: { id: m.id }, data: { role: input.role, organisationId, familyId } });
    await revokeMembershipSessions(tx, m.id, now);
    await recordAccountAudit(tx, actor, input.userId, {
      action: "user:change-role",
      entityType: "User",
      entityId: input.userId,
      summary: `Changed role from ${ROLE_LABEL[m.role]} to ${ROLE_LABEL[input.role]}`,
      summaryElsewhere: "changed this person's role in their council",
      metadata: { from: m.role, to: input.role },
    });
  });
}

/**
 * Disables or re-enables a user's access to this council. Disabling ends their sessions acting for
 * this council at once; their other councils are not affected.
 */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean, now = new Date()) {
  refuseSelf(actor, userId, disabled ? "disable" : "enable");
  await prisma.$transaction(async (tx) => {
    const m = await membershipInCouncil(tx, actor, userId);
    if (!!m.disabledAt === disabled) return; // already so: a repeated submit changes nothing
    await tx.membership.update({ where: { id: m.id }, data: { disabledAt: disabled ? now : null } });
    if (disabled) await revokeMembershipSessions(tx, m.id, now);
    await recordAccountAudit(tx, actor, userId, {
      action: disabled ? "user:disable" : "user:enable",
      entityType: "User",
      entityId: userId,
      summary: disabled ? "Disabled a user's access" : "Enabled a user's access",
      summaryElsewhere: disabled
        ? "disabled this person's access to their council"
        : "enabled this person's access to their council",
    });
  });
}

/** Whether this council alone may make the person a password link (they belong to no other council). */
export async function canIssuePasswordLink(tx: Tx, actor: Actor, userId: string): Promise<boolean> {
  // Across councils on purpose: the person's memberships elsewhere (decision 0045).
  const elsewhere = await acrossCouncils(tx, (tx) =>
    tx.membership.count({ where: { userId, councilId: { not: actor.councilId } } }),
  );
  return elsewhere === 0;
}

/**
 * E-mails the person a new one-time set-password link (the old ones stop working); the link is never
 * shown to the administrator. Refused for a person who also belongs to another council: one council
 * must never set the password another relies on. Returns the address it was sent to.
 */
export async function resetUserPasswordLink(actor: Actor, userId: string): Promise<{ email: string }> {
  const sent = await prisma.$transaction(async (tx) => {
    await membershipInCouncil(tx, actor, userId);
    await lockUser(tx, userId);
    if (!(await canIssuePasswordLink(tx, actor, userId))) {
      throw new AppError("CONFLICT", LINK_REFUSED_OTHER_COUNCIL);
    }
    const link = await issuePasswordLink(tx, {
      userId,
      councilId: actor.councilId,
      createdById: actor.userId,
      purpose: "RESET_PASSWORD",
    });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true },
    });
    await queueEmail(tx, {
      to: user.email,
      councilId: actor.councilId,
      template: "new-password-link",
      email: newPasswordLinkEmail({
        name: user.name,
        councilName: actor.councilName,
        linkPath: link.path,
        expiresAt: link.expiresAt,
      }),
    });
    await recordAccountAudit(tx, actor, userId, {
      action: "user:issue-password-link",
      entityType: "User",
      entityId: userId,
      summary: "E-mailed a new one-time set-password link",
    });
    return { email: user.email };
  });
  await requestOutboxSend();
  return sent;
}

/** Ends every session of the actor on every device, whichever council each was acting for. */
export async function signOutEverywhere(actor: Actor, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    await revokeUserSessions(tx, actor.userId, now);
    await recordAccountAudit(tx, actor, actor.userId, {
      action: "session:revoke-all",
      entityType: "User",
      entityId: actor.userId,
      summary: "Signed out on every device",
    });
  });
}
