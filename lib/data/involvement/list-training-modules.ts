import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** The council's list of young commissioners' training modules, in order. */
export async function listTrainingModules(actor: Actor) {
  return prisma.trainingModule.findMany({
    where: { councilId: actor.councilId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, description: true },
  });
}
