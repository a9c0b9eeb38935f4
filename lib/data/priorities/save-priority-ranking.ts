import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { checkRanking } from "../../domain/priorities/check-ranking";
import { roundIsOpen } from "../../domain/priorities/round-status";
import { recordAudit } from "../audit/record-audit";
import { checkMayTakePart, ParticipationRefusedError } from "../involvement/check-may-take-part";
import { lockPriorityRound } from "./lock-priority-round";

/** What an under-16 without recorded consent (or with no date of birth recorded) is told. */
export const YOUNG_REFUSAL =
  "You cannot rank yet. If you are under 16, a parent or carer must say yes first, and staff must write it down. Ask the person who supports you. Nothing was saved.";

/**
 * A young commissioner ranks the round's items (`rank-<itemId>` → 1..n). Refused, with nothing
 * saved: a round of another council (not found), a closed round, an under-16 without recorded
 * consent (check-may-take-part), and a ranking with a gap, a tie, a missing or an unknown item.
 * Ranking again before the round closes replaces their ranking: one row each, however often
 * (or however many times at once) they send it.
 */
export async function savePriorityRanking(
  actor: Actor,
  input: { roundId: string; ranks: Record<string, unknown> },
  now = new Date(),
) {
  const today = englandToday(now);
  await prisma.$transaction(async (tx) => {
    const round = await lockPriorityRound(tx, actor.councilId, input.roundId, "share");
    if (!roundIsOpen(round, today))
      throw new AppError(
        "CONFLICT",
        "This round has closed, so rankings can no longer be changed. Nothing was saved.",
      );
    // Their own membership row, locked before the consent check's share lock (two share locks then
    // two updates would deadlock): two sends at once write one after the other.
    await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${actor.membershipId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    try {
      await checkMayTakePart(tx, actor.councilId, [actor.membershipId], today, "form");
    } catch (e) {
      // The staff wording says what to record; the young commissioner is told what it means for them.
      if (e instanceof ParticipationRefusedError) throw new AppError("NOT_ALLOWED", YOUNG_REFUSAL);
      throw e;
    }
    const checked = checkRanking(round.items, input.ranks);
    if (!checked.ok) throw new AppError("INVALID", checked.message, checked.fieldErrors);
    const existing = await tx.priorityRanking.findUnique({
      where: { roundId_membershipId: { roundId: round.id, membershipId: actor.membershipId } },
      select: { id: true },
    });
    if (existing)
      await tx.priorityRanking.update({ where: { id: existing.id }, data: { itemOrder: checked.order } });
    else
      await tx.priorityRanking.create({
        data: {
          councilId: actor.councilId,
          roundId: round.id,
          membershipId: actor.membershipId,
          itemOrder: checked.order,
        },
      });
    await recordAudit(tx, actor, {
      action: existing ? "priority-ranking:replace" : "priority-ranking:create",
      entityType: "PriorityRound",
      entityId: round.id,
      summary: `${existing ? "Changed their" : "Sent a"} ranking in the priority round "${round.title}"`,
    });
  });
}
