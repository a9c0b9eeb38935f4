import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

export function countUnreadNotifications(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { membershipId: actor.membershipId, readAt: null } });
}
