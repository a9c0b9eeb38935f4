import type { Actor } from "../../auth/actor";
import type { Prisma, Tx } from "../../db";
import { acrossCouncils } from "../../db-scope";

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

export interface AccountAuditEntry extends AuditEntry {
  /** What the person's other councils read, when the summary says more than they should know (a role). */
  summaryElsewhere?: string;
  /** Who acted when there is no actor: the person themselves (a password set from a link). */
  actorUserId?: string;
}

/**
 * Audits a change to a person's account (membership added, role, access, password, sessions) in
 * every council the person belongs to, and in the actor's: an account is shared by councils, so
 * each must see what was done to it and by whom. One row per council, in the caller's transaction.
 */
export async function recordAccountAudit(
  tx: Tx,
  actor: Actor | null,
  userId: string,
  entry: AccountAuditEntry,
) {
  // Across councils on purpose: every council the person belongs to is told (decision 0045).
  await acrossCouncils(tx, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { userId },
      select: { councilId: true },
      distinct: ["councilId"],
    });
    const councils = new Set(memberships.map((m) => m.councilId));
    if (actor) councils.add(actor.councilId);
    await tx.auditEvent.createMany({
      data: [...councils].map((councilId) => {
        const here = !actor || councilId === actor.councilId;
        return {
          councilId,
          actorUserId: actor?.userId ?? entry.actorUserId ?? null,
          actorRole: actor?.role ?? null,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId ?? null,
          summary: here ? entry.summary : `${actor.councilName}: ${entry.summaryElsewhere ?? entry.summary}`,
          metadata: here ? entry.metadata : { byCouncilId: actor.councilId },
        };
      }),
    });
  });
}
