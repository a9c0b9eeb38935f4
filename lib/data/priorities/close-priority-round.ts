import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { lockPriorityRound } from "./lock-priority-round";

/** A commissioner closes a round: no more rankings, and the combined ranking is final. */
export async function closePriorityRound(actor: Actor, roundId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const round = await lockPriorityRound(tx, actor.councilId, roundId, "update");
    if (round.status === "CLOSED")
      throw new AppError("CONFLICT", "This round is already closed. Nothing was changed.");
    const rankings = await tx.priorityRanking.count({
      where: { roundId: round.id, councilId: actor.councilId },
    });
    await tx.priorityRound.update({
      where: { id: round.id },
      data: { status: "CLOSED", closedAt: now, closedById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "priority-round:close",
      entityType: "PriorityRound",
      entityId: round.id,
      summary: `Closed the priority round "${round.title}" with ${rankings} rankings`,
    });
  });
}
