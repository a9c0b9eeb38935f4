import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";

/** The choices of the listing form: the actor's council's types of break, areas and needs, in its order. */
export async function listingFormOptions(actor: Actor, serviceId?: string) {
  // Retired types, areas and needs only where the listing already has them (decisions 0034, 0038).
  const offered = {
    OR: [{ retiredAt: null }, ...(serviceId ? [{ services: { some: { id: serviceId } } }] : [])],
  };
  const [serviceTypes, districts, needTypes] = await Promise.all([
    councilServiceTypeOptions(
      actor.councilId,
      "choose",
      serviceId ? { services: { some: { id: serviceId } } } : undefined,
    ),
    prisma.district.findMany({
      where: { councilId: actor.councilId, ...offered },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { code: true, name: true },
    }),
    prisma.needType.findMany({
      where: { councilId: actor.councilId, ...offered },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { code: true, name: true },
    }),
  ]);
  return { serviceTypes, districts, needTypes };
}
