import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** Days the actor's council keeps register details after withdrawal. */
export async function getCouncilRetention(actor: Actor): Promise<number> {
  const c = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { retentionDays: true },
  });
  return c.retentionDays;
}
