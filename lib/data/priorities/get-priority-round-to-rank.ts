import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { consentStanding, englandToday, mayTakePart } from "../../domain/involvement/consent";
import { roundIsOpen } from "../../domain/priorities/round-status";
import type { StatisticsCell } from "../../domain/statistics-table";
import { registerStatisticsForCouncil } from "../register/get-register-statistics";
import { priorityRoundScope } from "../scopes";
import { needFigures } from "./need-figures";

export interface ItemToRank {
  id: string;
  name: string;
  /** The statistics page's suppressed cell for this type of need (all districts, all ages); null when not published. */
  figure: StatisticsCell | null;
  /** The young commissioner's own rank for it, when they have ranked. */
  myRank: number | null;
}

/**
 * A round as a young commissioner sees it: the items with the register's suppressed figures, their
 * own ranking (never anyone else's), whether the round still takes rankings and whether they may
 * take part (under 16 without recorded consent: not yet). Another council's round: not found.
 */
export async function getPriorityRoundToRank(actor: Actor, roundId: string, now = new Date()) {
  const today = englandToday(now);
  const round = await prisma.priorityRound.findFirst({
    where: { AND: [priorityRoundScope(actor), { id: roundId }] },
    select: {
      id: true,
      title: true,
      status: true,
      closesOn: true,
      items: { orderBy: { position: "asc" }, select: { id: true, name: true, needTypeId: true } },
      rankings: { where: { membershipId: actor.membershipId }, select: { itemOrder: true, updatedAt: true } },
    },
  });
  if (!round) throw new NotFoundError("The priority round");
  const [stats, profile] = await Promise.all([
    registerStatisticsForCouncil(actor.councilId, { now }),
    prisma.youngCommissionerProfile.findFirst({
      where: { councilId: actor.councilId, membershipId: actor.membershipId },
      select: { dateOfBirth: true, consentGivenOn: true },
    }),
  ]);
  const figures = needFigures(stats);
  const mine = round.rankings[0] ?? null;
  return {
    id: round.id,
    title: round.title,
    closesOn: round.closesOn,
    open: roundIsOpen(round, today),
    threshold: stats.threshold,
    asOf: stats.asOf,
    mayTakePart: mayTakePart(consentStanding(profile, today)),
    rankedAt: mine?.updatedAt ?? null,
    items: round.items.map((item): ItemToRank => ({
      id: item.id,
      name: item.name,
      figure: figures.get(item.needTypeId) ?? null,
      myRank: mine ? mine.itemOrder.indexOf(item.id) + 1 || null : null,
    })),
  };
}
