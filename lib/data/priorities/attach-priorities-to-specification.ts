import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import type { PrioritiesSnapshot } from "../../domain/priorities/priorities-snapshot";
import { roundIsOpen } from "../../domain/priorities/round-status";
import { recordAudit } from "../audit/record-audit";
import { lockSpecification } from "../specifications/lock-specification";
import { combinedRankingOf } from "./get-priority-round";

/**
 * Attaches a round's combined ranking to one of the council's draft specifications, as a copy taken
 * now (docs/decisions/0037): later rankings never change the specification; attaching again
 * replaces the copy. Another council's round or specification: not found, nothing changed. A
 * specification past draft, or a round nobody has ranked in: refused.
 */
export async function attachPrioritiesToSpecification(
  actor: Actor,
  input: { roundId: string; specificationId: string },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const { spec, version } = await lockSpecification(tx, actor.councilId, input.specificationId);
    // Share lock: the copy is of one moment, not half before and half after a ranking.
    await tx.$queryRaw`SELECT id FROM "PriorityRound" WHERE id = ${input.roundId} AND "councilId" = ${actor.councilId} FOR SHARE`;
    const round = await combinedRankingOf(tx, actor.councilId, input.roundId);
    if (!round) throw new NotFoundError("The priority round");
    if (spec.status !== "DRAFT")
      throw new AppError(
        "CONFLICT",
        "Only a draft specification can take young commissioners' priorities. Nothing was changed.",
        {
          specificationId: "Choose a draft specification",
        },
      );
    if (round.combined.participants === 0)
      throw new AppError(
        "CONFLICT",
        "No young commissioner has ranked in this round yet, so there is nothing to attach.",
      );
    const snapshot: PrioritiesSnapshot = {
      roundId: round.id,
      title: round.title,
      takenAt: now.toISOString(),
      roundClosed: !roundIsOpen(round, englandToday(now)),
      participants: round.combined.participants,
      items: round.combined.items.map(({ name, points, meanRank, place, joint }) => ({
        name,
        points,
        meanRank,
        place,
        joint,
      })),
    };
    await tx.specification.update({ where: { id: spec.id }, data: { prioritiesSnapshot: { ...snapshot } } });
    await recordAudit(tx, actor, {
      action: "specification:attach-priorities",
      entityType: "Specification",
      entityId: spec.id,
      summary: `Attached young commissioners' priorities from "${round.title}" (${round.combined.participants} taking part) to ${spec.reference} "${version.title}"`,
      metadata: { roundId: round.id },
    });
  });
}
