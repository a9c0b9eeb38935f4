import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** Users by role, people still to set a password, disabled accounts and the latest audit events. */
export async function getAdminDashboard(actor: Actor) {
  const scope = { councilId: actor.councilId };
  const [byRole, awaitingPassword, disabled, recent, council] = await Promise.all([
    prisma.membership.groupBy({ by: ["role"], where: { AND: [scope, { disabledAt: null }] }, _count: true }),
    prisma.membership.count({ where: { AND: [scope, { disabledAt: null, user: { passwordHash: null } }] } }),
    prisma.membership.count({ where: { AND: [scope, { disabledAt: { not: null } }] } }),
    prisma.auditEvent.findMany({
      where: scope,
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, action: true, summary: true, createdAt: true },
    }),
    prisma.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { statisticsThreshold: true, retentionDays: true },
    }),
  ]);
  return {
    byRole: Object.fromEntries(byRole.map((r) => [r.role, r._count])) as Record<string, number>,
    awaitingPassword,
    disabled,
    recent,
    council,
  };
}
