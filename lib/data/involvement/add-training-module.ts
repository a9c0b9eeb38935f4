import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/** Adds a module to the council's list of young commissioners' training; names are unique in a council. */
export async function addTrainingModule(actor: Actor, input: { name: string; description: string | null }) {
  return prisma.$transaction(async (tx) => {
    // One council's list changes one at a time, so the position and the name check hold.
    await tx.$queryRaw`SELECT id FROM "Council" WHERE id = ${actor.councilId} FOR UPDATE`;
    const same = await tx.trainingModule.findFirst({
      where: { councilId: actor.councilId, name: { equals: input.name, mode: "insensitive" } },
      select: { id: true },
    });
    if (same)
      throw new AppError("CONFLICT", "That module is already on the list.", {
        name: "A module with this name is already on the list",
      });
    const count = await tx.trainingModule.count({ where: { councilId: actor.councilId } });
    const created = await tx.trainingModule.create({
      data: { councilId: actor.councilId, name: input.name, description: input.description, position: count },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "training-module:create",
      entityType: "TrainingModule",
      entityId: created.id,
      summary: `Added the training module "${input.name}"`,
    });
    return created.id;
  });
}
