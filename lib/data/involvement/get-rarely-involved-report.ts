import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { englandToday } from "../../domain/involvement/consent";
import { rarelyInvolvedReport, type ReportGroup } from "../../domain/involvement/rarely-involved-report";
import { lastSixMonthBlocks } from "../../domain/involvement/six-month-blocks";
import { countOptions } from "./involvement-activity-options";

/**
 * The report of rarely involved groups for the actor's council: who took part in activities held
 * in the last `blocks` six-month blocks (to today), by group, suppressed with the council's
 * threshold. Retired types of need and groups are rows only when the blocks counted them.
 */
export async function getRarelyInvolvedReport(actor: Actor, blocks: number, now = new Date()) {
  const today = englandToday(now);
  const range = lastSixMonthBlocks(today, blocks);
  const heldOn = { gte: range[0].start, lte: today };
  const [council, activities] = await Promise.all([
    prisma.council.findUniqueOrThrow({
      where: { id: actor.councilId },
      select: { statisticsThreshold: true },
    }),
    prisma.involvementActivity.findMany({
      where: { councilId: actor.councilId, heldOn, participants: { not: null } },
      select: {
        heldOn: true,
        participants: true,
        counts: { select: { dimension: true, key: true, count: true } },
      },
    }),
  ]);
  const counted = activities.flatMap((a) => a.counts);
  const options = await countOptions(prisma, actor.councilId, counted);
  const groups: ReportGroup[] = options.map((o) => ({
    dimension: o.dimension,
    key: o.key,
    label: o.retired ? `${o.label} (retired)` : o.label,
  }));
  return rarelyInvolvedReport({ blocks: range, groups, activities, threshold: council.statisticsThreshold });
}
