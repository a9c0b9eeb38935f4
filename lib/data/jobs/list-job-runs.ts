import type { Actor } from "../../auth/actor";
import { prisma, type JobRunStatus, type Prisma } from "../../db";
import { pageOf } from "../paging";

export interface JobRunFilters {
  status?: JobRunStatus;
  queue?: string;
}

/**
 * Recent runs of the portal's jobs, newest first. Jobs serve every council and their records hold
 * no council's data (queue, timings, the error's kind), so every administrator sees the same list.
 */
export async function listJobRuns(_actor: Actor, filters: JobRunFilters, page: number, pageSize = 25) {
  const where: Prisma.JobRunWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.queue ? { queue: filters.queue } : {}),
  };
  const [total, items] = await Promise.all([
    prisma.jobRun.count({ where }),
    prisma.jobRun.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        queue: true,
        attempt: true,
        status: true,
        startedAt: true,
        finishedAt: true,
        error: true,
        willRetry: true,
      },
    }),
  ]);
  return pageOf(items, total, page, pageSize);
}

/**
 * The actor's council's e-mail outbox in numbers: waiting to be sent, of which some failed at least
 * once, and sent in the last day. Never a body, which may hold someone's one-time link.
 */
export async function getOutboxSummary(actor: Actor, now = new Date()) {
  const scope = { councilId: actor.councilId };
  const [waiting, retrying, sentToday, oldest] = await Promise.all([
    prisma.outboxMessage.count({ where: { AND: [scope, { sentAt: null }] } }),
    prisma.outboxMessage.count({ where: { AND: [scope, { sentAt: null, attempts: { gt: 0 } }] } }),
    prisma.outboxMessage.count({
      where: { AND: [scope, { sentAt: { gte: new Date(now.getTime() - 86_400_000) } }] },
    }),
    prisma.outboxMessage.findFirst({
      where: { AND: [scope, { sentAt: null }] },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, lastError: true },
    }),
  ]);
  return {
    waiting,
    retrying,
    sentToday,
    oldestWaitingSince: oldest?.createdAt ?? null,
    lastError: oldest?.lastError ?? null,
  };
}
