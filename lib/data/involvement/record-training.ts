import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { englandToday } from "../../domain/involvement/consent";
import { recordAudit } from "../audit/record-audit";
import { lockYoungCommissioner } from "./lock-young-commissioner";

/**
 * Records that a young commissioner completed one of the council's training modules on a date
 * (today or before). Each module is recorded once per person; a second record is refused.
 */
export async function recordTraining(
  actor: Actor,
  input: { membershipId: string; moduleId: string; completedOn: Date; deliveredBy: string | null },
  now = new Date(),
) {
  if (input.completedOn > englandToday(now))
    throw new AppError("INVALID", "Check the date and try again.", {
      completedOn: "The date they completed it must be today or in the past",
    });
  await prisma.$transaction(async (tx) => {
    const person = await lockYoungCommissioner(tx, actor.councilId, input.membershipId);
    const trainingModule = await tx.trainingModule.findFirst({
      where: { id: input.moduleId, councilId: actor.councilId },
      select: { id: true, name: true },
    });
    if (!trainingModule)
      throw new AppError("INVALID", "Choose a module from the council's list.", {
        moduleId: "Choose a training module from the list",
      });
    const already = await tx.trainingRecord.findFirst({
      where: { councilId: actor.councilId, membershipId: person.id, moduleId: trainingModule.id },
      select: { id: true },
    });
    if (already)
      throw new AppError("CONFLICT", `${person.name} already has "${trainingModule.name}" recorded.`, {
        moduleId: `"${trainingModule.name}" is already recorded for ${person.name}`,
      });
    await tx.trainingRecord.create({
      data: {
        councilId: actor.councilId,
        membershipId: person.id,
        moduleId: trainingModule.id,
        course: trainingModule.name,
        completedOn: input.completedOn,
        deliveredBy: input.deliveredBy,
        recordedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "training:record",
      entityType: "Membership",
      entityId: person.id,
      summary: `Recorded a young commissioner's training: ${trainingModule.name}`,
    });
  });
}
