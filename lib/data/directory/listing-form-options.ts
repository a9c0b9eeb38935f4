import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** The choices of the listing form: types of break (shared), and the actor's council's areas and needs. */
export async function listingFormOptions(actor: Actor, serviceId?: string) {
  // Retired areas and needs only where the listing already has them (decision 0034).
  const offered = {
    OR: [{ retiredAt: null }, ...(serviceId ? [{ services: { some: { id: serviceId } } }] : [])],
  };
  const [serviceTypes, districts, needTypes] = await Promise.all([
    prisma.serviceType.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { code: true, name: true },
    }),
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
