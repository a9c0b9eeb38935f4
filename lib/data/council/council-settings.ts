import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";

export interface CouncilSettings {
  statisticsThreshold: number;
  retentionDays: number;
  returnDueDays: number;
  standstillDays: number;
}

export function getCouncilSettings(actor: Actor) {
  return prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: {
      name: true,
      statisticsThreshold: true,
      retentionDays: true,
      returnDueDays: true,
      standstillDays: true,
    },
  });
}

export async function updateCouncilSettings(actor: Actor, input: CouncilSettings) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { statisticsThreshold: true, retentionDays: true, returnDueDays: true, standstillDays: true },
    });
    await tx.council.update({ where: { id: actor.councilId }, data: input });
    const changed = (Object.keys(input) as (keyof CouncilSettings)[]).filter((k) => before[k] !== input[k]);
    await recordAudit(tx, actor, {
      action: "council:update-settings",
      entityType: "Council",
      entityId: actor.councilId,
      summary: changed.length ? `Changed settings: ${changed.join(", ")}` : "Saved settings with no changes",
      metadata: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: input[k] }])),
    });
  });
}
