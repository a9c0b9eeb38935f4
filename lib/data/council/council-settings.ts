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
  // The rest: left out, each stays as it is.
  /** A second social worker decides each assessment and personal budget (where there are two or more). */
  assessmentFourEyes?: boolean;
  budgetReviewMonths?: number;
  evidenceDeadlineDays?: number;
  uploadLimitMb?: number;
  /** Staff sessions: minutes without a request, and hours since sign-in, before they end. */
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  /** Null uses the portal's default prefix. */
  ocidPrefix?: string | null;
  /** Null: no council contact address shown. */
  contactEmail?: string | null;
}

const SETTINGS = {
  name: true,
  statisticsThreshold: true,
  retentionDays: true,
  returnDueDays: true,
  standstillDays: true,
  annualBudget: true,
  specificationFourEyes: true,
  assessmentFourEyes: true,
  budgetReviewMonths: true,
  evidenceDeadlineDays: true,
  uploadLimitMb: true,
  sessionIdleMinutes: true,
  sessionMaxHours: true,
  ocidPrefix: true,
  contactEmail: true,
} as const satisfies Prisma.CouncilSelect;

export function getCouncilSettings(actor: Actor) {
  return prisma.council.findUniqueOrThrow({ where: { id: actor.councilId }, select: SETTINGS });
}

type AuditValue = string | number | boolean | null;

/**
 * Saves the council's settings (bounds are the schema's: lib/schemas/users.ts), with the council's
 * row locked so two administrators saving at once each audit what they really changed, old → new.
 */
export async function updateCouncilSettings(actor: Actor, input: CouncilSettings) {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Council" WHERE id = ${actor.councilId} FOR UPDATE`;
    const { name: _name, ...before } = await tx.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: SETTINGS,
    });
    await tx.council.update({ where: { id: actor.councilId }, data: input });
    const old: Record<keyof CouncilSettings, AuditValue> = {
      ...before,
      annualBudget: before.annualBudget?.toFixed(2) ?? null,
    };
    const next: Partial<Record<keyof CouncilSettings, AuditValue | undefined>> = {
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
      metadata: Object.fromEntries(changed.map((k) => [k, { from: old[k], to: next[k] ?? null }])),
    });
  });
}
