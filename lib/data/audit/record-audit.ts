import type { Actor } from "../../auth/actor";
import type { Prisma, Tx } from "../../db";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** A short sentence for people; never personal details of children or families. */
  summary: string;
  metadata?: Prisma.InputJsonValue;
}

/** Appends one audit row, inside the caller's transaction so the record and its audit commit together. */
export async function recordAudit(
  tx: Tx,
  actor: Actor | null,
  entry: AuditEntry,
  councilId = actor?.councilId,
) {
  await tx.auditEvent.create({
    data: {
      councilId: councilId ?? null,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      summary: entry.summary,
      metadata: entry.metadata,
    },
  });
}
