import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** Marks one (or, without an id, every) notification of the actor as read. Others' ids match nothing. */
export async function markNotificationsRead(actor: Actor, id?: string, now = new Date()): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { membershipId: actor.membershipId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: now },
  });
  return count;
}
