import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { addDays } from "../../domain/dates";
import { recordAudit } from "../audit/record-audit";
import { eraseChildDetails } from "./erase-child-details";
import { lockFamilyChild } from "./lock-family-child";

/**
 * Withdraws consent: the child leaves every statistic at once (statistics count ACTIVE only), and
 * personal details are erased after the council's retention period — at once when it is 0 days.
 * Withdrawing twice changes nothing.
 */
export async function withdrawChild(actor: Actor, childId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    if ((await lockFamilyChild(tx, actor, childId)) !== "ACTIVE") return;
    const { retentionDays } = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { retentionDays: true },
    });
    await tx.child.update({
      where: { id: childId },
      data: { status: "WITHDRAWN", withdrawnAt: now, eraseAfter: addDays(now, retentionDays) },
    });
    await tx.consent.updateMany({
      where: { childId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnByUserId: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "child:withdraw",
      entityType: "Child",
      entityId: childId,
      summary: `Withdrew a child from the register; details to be erased after ${retentionDays} days`,
    });
    if (retentionDays === 0) await eraseChildDetails(tx, childId, now);
  });
}
