import type { Actor } from "../../auth/actor";
import { prisma, type Role } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { ROLE_LABEL } from "../../auth/roles";
import { recordAudit } from "../audit/record-audit";
import { issuePasswordLink } from "./password-link";
import { requireCouncilOrganisation } from "./require-council-organisation";

async function membershipInCouncil(actor: Actor, userId: string) {
  const m = await prisma.membership.findUnique({
    where: { userId_councilId: { userId, councilId: actor.councilId } },
    select: { id: true, role: true, disabledAt: true, organisationId: true, familyId: true },
  });
  if (!m) throw new NotFoundError("The user");
  return m;
}

function refuseSelf(actor: Actor, userId: string, what: string) {
  if (actor.userId === userId) {
    throw new AppError("INVALID", `You cannot ${what} your own account. Ask another administrator.`);
  }
}

/** Changes a user's role in this council. Their sessions end: the next request signs them out. */
export async function changeUserRole(
  actor: Actor,
  input: { userId: string; role: Role; organisationId?: string },
) {
  refuseSelf(actor, input.userId, "change the role of");
  const m = await membershipInCouncil(actor, input.userId);
  await prisma.$transaction(async (tx) => {
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
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "user:change-role",
      entityType: "User",
      entityId: input.userId,
      summary: `Changed role from ${ROLE_LABEL[m.role]} to ${ROLE_LABEL[input.role]}`,
      metadata: { from: m.role, to: input.role },
    });
  });
}

/** Disables or re-enables a user's access to this council. Disabling ends their sessions at once. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean, now = new Date()) {
  refuseSelf(actor, userId, disabled ? "disable" : "enable");
  const m = await membershipInCouncil(actor, userId);
  if (!!m.disabledAt === disabled) return; // already so: a repeated submit changes nothing
  await prisma.$transaction(async (tx) => {
    await tx.membership.update({ where: { id: m.id }, data: { disabledAt: disabled ? now : null } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: disabled ? "user:disable" : "user:enable",
      entityType: "User",
      entityId: userId,
      summary: disabled ? "Disabled a user's access" : "Enabled a user's access",
    });
  });
}

/** A new one-time set-password link (the old ones stop working). */
export async function resetUserPasswordLink(actor: Actor, userId: string): Promise<string> {
  await membershipInCouncil(actor, userId);
  return prisma.$transaction(async (tx) => {
    const link = await issuePasswordLink(tx, {
      userId,
      councilId: actor.councilId,
      createdById: actor.userId,
      purpose: "RESET_PASSWORD",
    });
    await recordAudit(tx, actor, {
      action: "user:issue-password-link",
      entityType: "User",
      entityId: userId,
      summary: "Issued a one-time set-password link",
    });
    return link;
  });
}

/** Ends every session of the actor on every device. */
export async function signOutEverywhere(actor: Actor) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, {
      action: "session:revoke-all",
      entityType: "User",
      entityId: actor.userId,
      summary: "Signed out on every device",
    });
  });
}
