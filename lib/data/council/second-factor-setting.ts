import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";

export async function getRequireStaffSecondFactor(actor: Actor): Promise<boolean> {
  const council = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { requireStaffSecondFactor: true },
  });
  return council.requireStaffSecondFactor;
}

/**
 * Whether council staff must use a second factor. Staff without one are asked to set it up at their
 * next page (their sessions carry on: the check is made on every request, lib/auth/load-actor.ts).
 */
export async function updateRequireStaffSecondFactor(actor: Actor, required: boolean) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { requireStaffSecondFactor: true },
    });
    await tx.council.update({ where: { id: actor.councilId }, data: { requireStaffSecondFactor: required } });
    await recordAudit(tx, actor, {
      action: "council:update-settings",
      entityType: "Council",
      entityId: actor.councilId,
      summary:
        before.requireStaffSecondFactor === required
          ? "Saved settings with no changes"
          : `Changed settings: requireStaffSecondFactor`,
      metadata: { requireStaffSecondFactor: { from: before.requireStaffSecondFactor, to: required } },
    });
  });
}
