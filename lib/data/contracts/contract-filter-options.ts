import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

export async function contractFilterOptions(actor: Actor) {
  const [organisations, serviceTypes, districts] = await Promise.all([
    prisma.organisation.findMany({
      where: { contracts: { some: { councilId: actor.councilId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.serviceType.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    prisma.district.findMany({
      where: { councilId: actor.councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { organisations, serviceTypes, districts };
}
