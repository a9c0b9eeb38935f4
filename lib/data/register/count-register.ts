import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

export async function countRegister(actor: Actor) {
  const rows = await prisma.child.groupBy({
    by: ["status"],
    where: { councilId: actor.councilId },
    _count: true,
  });
  const n = (s: string) => rows.find((r) => r.status === s)?._count ?? 0;
  return { active: n("ACTIVE"), withdrawn: n("WITHDRAWN"), agedOut: n("AGED_OUT") };
}
