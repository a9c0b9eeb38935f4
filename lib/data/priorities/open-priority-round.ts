import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";

export interface OpenPriorityRoundInput {
  title: string;
  closesOn: Date;
  /** The council's active types of need to rank, in the council's order. */
  needTypeIds: string[];
}

export const MIN_PRIORITY_ITEMS = 2;

/**
 * A commissioner opens a round in which young commissioners rank the council's types of need
 * (docs/decisions/0037). The closing day is today or later; every type named is the council's
 * own and not retired; at least two, so there is something to rank. Names are copied onto the
 * items so the round reads the same after a rename.
 */
export async function openPriorityRound(actor: Actor, input: OpenPriorityRoundInput, now = new Date()) {
  const today = englandToday(now);
  if (input.closesOn < today)
    throw new AppError("INVALID", "Check the closing date.", {
      closesOn: "The closing date must be today or in the future",
    });
  const wanted = [...new Set(input.needTypeIds)];
  if (wanted.length < MIN_PRIORITY_ITEMS)
    throw new AppError("INVALID", "Choose what young commissioners will rank.", {
      needTypeIds: `Choose at least ${MIN_PRIORITY_ITEMS} types of need to rank`,
    });
  return prisma.$transaction(async (tx) => {
    const types = await tx.needType.findMany({
      where: { AND: [{ councilId: actor.councilId }, { id: { in: wanted }, retiredAt: null }] },
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    });
    if (types.length !== wanted.length)
      throw new AppError("INVALID", "Choose from this council's types of need.", {
        needTypeIds: "Choose from the types of need listed",
      });
    const round = await tx.priorityRound.create({
      data: {
        councilId: actor.councilId,
        title: input.title,
        closesOn: input.closesOn,
        createdById: actor.userId,
        items: {
          create: types.map((t, position) => ({
            councilId: actor.councilId,
            needTypeId: t.id,
            name: t.name,
            position,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "priority-round:open",
      entityType: "PriorityRound",
      entityId: round.id,
      summary: `Opened the priority round "${input.title}" with ${types.length} types of need, closing on ${input.closesOn.toISOString().slice(0, 10)}`,
    });
    return round.id;
  });
}
