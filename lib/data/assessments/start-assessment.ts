import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/** Starts a Child and Family Assessment for a child of the council, under the newest RAS version. */
export async function startAssessment(actor: Actor, childId: string): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const child = await tx.child.findFirst({
      where: { AND: [{ councilId: actor.councilId }, { id: childId, status: { not: "ERASED" } }] },
      select: { id: true },
    });
    if (!child) throw new NotFoundError("The child");
    const ras = await tx.rasConfiguration.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    if (!ras)
      throw new AppError(
        "CONFLICT",
        "Your council has not published its resource allocation system yet. Ask an administrator to publish it.",
      );
    const a = await tx.assessment.create({
      data: {
        councilId: actor.councilId,
        childId: child.id,
        socialWorkerUserId: actor.userId,
        rasConfigurationId: ras.id,
        answers: {},
      },
    });
    await recordAudit(tx, actor, {
      action: "assessment:start",
      entityType: "Assessment",
      entityId: a.id,
      summary: `Started an assessment under version ${ras.version} of the resource allocation system`,
      metadata: { childId: child.id, rasVersion: ras.version },
    });
    return { id: a.id };
  });
}
