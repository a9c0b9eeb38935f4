import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** A child's assessments in the actor's council, newest first. */
export async function listChildAssessments(actor: Actor, childId: string) {
  return prisma.assessment.findMany({
    where: { AND: [{ councilId: actor.councilId }, { childId }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      indicativeBudget: true,
      rasConfiguration: { select: { version: true } },
    },
  });
}
