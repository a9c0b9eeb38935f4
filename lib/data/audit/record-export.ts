import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { recordAudit } from "./record-audit";

export interface ExportAudit {
  /** `thing:export`. */
  action: `${string}:export`;
  entityType: string;
  entityId?: string | null;
  /** What was exported, for people reading the log: never names or other personal details. */
  summary: string;
  metadata?: Prisma.InputJsonValue;
}

/** Audits a download (a file of the council's or family's records): who, what, which format, when. */
export async function recordExport(actor: Actor, exported: ExportAudit): Promise<void> {
  await recordAudit(prisma, actor, exported);
}
