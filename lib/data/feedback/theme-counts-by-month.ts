import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { recordAudit } from "../audit/record-audit";

export interface ThemeCountsByMonth {
  /** `YYYY-MM`, oldest first, the last `months` calendar months (UTC) up to and including this one. */
  months: string[];
  rows: { themeId: string; name: string; counts: number[]; total: number }[];
  /** Feedback received each month, themed or not. */
  received: number[];
}

/** How many feedback items each theme was tagged on, by the month the feedback was received. */
export async function getThemeCountsByMonth(
  actor: Actor,
  months = 12,
  now = new Date(),
): Promise<ThemeCountsByMonth> {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  const keys = Array.from({ length: months }, (_, i) =>
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
  );
  const [themes, tagged, received] = await Promise.all([
    prisma.feedbackTheme.findMany({
      where: { councilId: actor.councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.$queryRaw<{ themeId: string; month: string; n: bigint | number }[]>`
      select t."themeId", to_char(f."createdAt" at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
        from "FeedbackThemeTag" t join "Feedback" f on f.id = t."feedbackId"
       where t."councilId" = ${actor.councilId} and f."councilId" = ${actor.councilId} and f."createdAt" >= ${first}
       group by 1, 2`,
    prisma.$queryRaw<{ month: string; n: bigint | number }[]>`
      select to_char("createdAt" at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
        from "Feedback" where "councilId" = ${actor.councilId} and "createdAt" >= ${first}
       group by 1`,
  ]);
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows = themes.map((t) => ({ themeId: t.id, name: t.name, counts: keys.map(() => 0), total: 0 }));
  const byTheme = new Map(rows.map((r) => [r.themeId, r]));
  for (const r of tagged) {
    const row = byTheme.get(r.themeId);
    const i = index.get(r.month);
    if (row && i !== undefined) {
      row.counts[i] += Number(r.n);
      row.total += Number(r.n);
    }
  }
  const receivedCounts = keys.map(() => 0);
  for (const r of received) {
    const i = index.get(r.month);
    if (i !== undefined) receivedCounts[i] += Number(r.n);
  }
  return { months: keys, rows, received: receivedCounts };
}

export async function recordThemeCountsExport(actor: Actor, format: "csv" | "xlsx", db: Tx = prisma) {
  await recordAudit(db, actor, {
    action: "feedback:export",
    entityType: "FeedbackTheme",
    summary: `Feedback theme counts by month exported as ${format.toUpperCase()}`,
    metadata: { format },
  });
}
