import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { pageOf } from "../paging";
import { auditEventScope } from "../scopes";

export interface AuditFilters {
  action?: string;
  entityType?: string;
  actorEmail?: string;
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
}

/** The council's audit log, newest first, with filters; actor names fetched in one query per page. */
export async function listAuditEvents(actor: Actor, filters: AuditFilters, page: number, pageSize = 50) {
  let actorIds: string[] | undefined;
  if (filters.actorEmail) {
    const users = await prisma.user.findMany({
      where: {
        email: { contains: filters.actorEmail, mode: "insensitive" },
        memberships: { some: { councilId: actor.councilId } },
      },
      select: { id: true },
      take: 100,
    });
    actorIds = users.map((u) => u.id);
  }
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      auditEventScope(actor),
      {
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.entityType ? { entityType: filters.entityType } : {}),
        ...(actorIds ? { actorUserId: { in: actorIds } } : {}),
        ...(filters.from || filters.to ? { createdAt: { gte: filters.from, lt: filters.to } } : {}),
      },
    ],
  };
  const [total, rows] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const ids = [...new Set(rows.map((r) => r.actorUserId).filter((x): x is string => !!x))];
  const users = ids.length
    ? await prisma.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, email: true },
      })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  const items = rows.map((r) => ({
    ...r,
    actor: r.actorUserId ? (byId.get(r.actorUserId) ?? null) : null,
  }));
  return pageOf(items, total, page, pageSize);
}

/** Distinct actions and entity types recorded for the council, for the filter lists (GROUP BY in SQL). */
export async function auditFilterOptions(actor: Actor) {
  const where = { councilId: actor.councilId };
  const [actions, entityTypes] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["action"], where, orderBy: { action: "asc" } }),
    prisma.auditEvent.groupBy({ by: ["entityType"], where, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}
