import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";

export async function contractFilterOptions(actor: Actor) {
  const [organisations, serviceTypes, districts] = await Promise.all([
    prisma.organisation.findMany({
      where: { contracts: { some: { councilId: actor.councilId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    // Retired types too: old contracts still have them (decision 0038).
    councilServiceTypeOptions(actor.councilId, "filter"),
    prisma.district.findMany({
      where: { councilId: actor.councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { organisations, serviceTypes, districts };
}
