import type { Actor } from "../../auth/actor";
import { revokeMembershipSessions } from "../../auth/user-session";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { recordAccountAudit } from "../audit/record-audit";
import { createUser } from "../users/create-user";
import { pageOf } from "../paging";

const PAGE_SIZE = 25;

/** Whether the actor administers their organisation's staff in this council (decision 0034). */
export async function isOrganisationAdmin(actor: Actor, db: Tx = prisma): Promise<boolean> {
  if (actor.role !== "PROVIDER" || !actor.organisationId) return false;
  const m = await db.membership.findFirst({
    where: { id: actor.membershipId, userId: actor.userId, isOrganisationAdmin: true, disabledAt: null },
    select: { id: true },
  });
  return !!m;
}

async function requireOrganisationAdmin(actor: Actor, db: Tx = prisma): Promise<string> {
  // Not an administrator: the staff list is not found, as anything outside one's scope.
  if (!(await isOrganisationAdmin(actor, db))) throw new NotFoundError("Your organisation's staff list");
  return actor.organisationId!;
}

/** The organisation's staff in the actor's council: only its own, never another organisation's. */
function staffScope(actor: Actor, organisationId: string) {
  return { councilId: actor.councilId, organisationId, role: "PROVIDER" as const };
}

export async function listOrganisationStaff(actor: Actor, page = 1) {
  const organisationId = await requireOrganisationAdmin(actor);
  const where = staffScope(actor, organisationId);
  const [items, total] = await Promise.all([
    prisma.membership.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        isOrganisationAdmin: true,
        disabledAt: true,
        user: { select: { id: true, name: true, email: true, passwordHash: true } },
      },
    }),
    prisma.membership.count({ where }),
  ]);
  return pageOf(
    // Whether they have set a password is all the list needs: the hash never leaves here.
    items.map(({ user: { passwordHash, ...user }, ...m }) => ({
      ...m,
      user: { ...user, invited: !passwordHash },
    })),
    total,
    page,
    PAGE_SIZE,
  );
}

/** Invites a person as staff of the actor's organisation, through the council's usual invitation. */
export async function inviteOrganisationStaff(
  actor: Actor,
  input: { submissionKey: string; name: string; email: string },
) {
  const organisationId = await requireOrganisationAdmin(actor);
  return createUser(actor, { ...input, role: "PROVIDER", organisationId });
}

/** Removes a member of the organisation's staff: their access here ends and their sessions with it. */
export async function removeOrganisationStaff(actor: Actor, membershipId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const organisationId = await requireOrganisationAdmin(actor, tx);
    await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${membershipId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const m = await tx.membership.findFirst({
      where: { AND: [staffScope(actor, organisationId), { id: membershipId }] },
      select: { id: true, userId: true, disabledAt: true, user: { select: { name: true } } },
    });
    if (!m) throw new NotFoundError("That member of staff");
    if (m.id === actor.membershipId)
      throw new AppError(
        "INVALID",
        "You cannot remove yourself. Ask another administrator of your organisation.",
      );
    if (m.disabledAt) return;
    await tx.membership.update({ where: { id: m.id }, data: { disabledAt: now } });
    await revokeMembershipSessions(tx, m.id, now);
    await recordAccountAudit(tx, actor, m.userId, {
      action: "user:disable",
      entityType: "User",
      entityId: m.userId,
      summary: "Removed a member of staff from their organisation",
      summaryElsewhere: "removed this person from their organisation's staff",
    });
  });
}
