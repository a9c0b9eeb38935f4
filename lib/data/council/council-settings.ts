import type { Actor } from "../../auth/actor";
import { Prisma, prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";

export interface CouncilSettings {
  statisticsThreshold: number;
  retentionDays: number;
  returnDueDays: number;
  standstillDays: number;
  /** Pounds as an exact decimal string; null clears it; left out, it stays as it is. */
  annualBudget?: string | null;
  /** A second commissioner approves each specification (where there are two or more); left out, unchanged. */
  specificationFourEyes?: boolean;
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
      annualBudget: true,
      specificationFourEyes: true,
    },
  });
}

export async function updateCouncilSettings(actor: Actor, input: CouncilSettings) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: {
        statisticsThreshold: true,
        retentionDays: true,
        returnDueDays: true,
        standstillDays: true,
        annualBudget: true,
        specificationFourEyes: true,
      },
    });
    await tx.council.update({ where: { id: actor.councilId }, data: input });
    const old: Record<keyof CouncilSettings, string | number | boolean | null> = {
      ...before,
      annualBudget: before.annualBudget?.toFixed(2) ?? null,
    };
    const next = {
      ...input,
      annualBudget: input.annualBudget && new Prisma.Decimal(input.annualBudget).toFixed(2),
    };
    const changed = (Object.keys(input) as (keyof CouncilSettings)[]).filter(
      (k) => next[k] !== undefined && old[k] !== next[k],
    );
    await recordAudit(tx, actor, {
      action: "council:update-settings",
      entityType: "Council",
      entityId: actor.councilId,
      summary: changed.length ? `Changed settings: ${changed.join(", ")}` : "Saved settings with no changes",
      metadata: Object.fromEntries(changed.map((k) => [k, { from: old[k], to: next[k] }])),
    });
  });
}
