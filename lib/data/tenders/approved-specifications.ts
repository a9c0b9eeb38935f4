import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** Specifications with an approved version, newest version first: the ones a tender can come from. */
export async function approvedSpecifications(actor: Actor) {
  return prisma.specificationVersion.findMany({
    where: { councilId: actor.councilId, approvedAt: { not: null } },
    distinct: ["specificationId"],
    orderBy: [{ specificationId: "asc" }, { version: "desc" }],
    select: {
      id: true,
      version: true,
      title: true,
      maxAnnualValue: true,
      termMonths: true,
      specificationId: true,
      specification: { select: { reference: true } },
    },
  });
}
