import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * Marks one (or, without an id, every) notification of the actor as read. One already read counts
 * 0; an id that is not one of the actor's (someone else's, or none) is not found.
 */
export async function markNotificationsRead(actor: Actor, id?: string, now = new Date()): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { membershipId: actor.membershipId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: now },
  });
  if (id && count === 0) {
    const own = await prisma.notification.count({ where: { id, membershipId: actor.membershipId } });
    if (!own) throw new NotFoundError("The notification");
  }
  return count;
}
