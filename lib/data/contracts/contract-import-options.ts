import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";

/** The names a contracts CSV may use in the actor's council, for the page's guidance and template. */
export async function contractImportOptions(actor: Actor) {
  const [districts, serviceTypes, provider] = await Promise.all([
    prisma.district.findMany({
      where: { councilId: actor.councilId, retiredAt: null },
      orderBy: { name: "asc" },
      select: { name: true },
    }),
    councilServiceTypeOptions(actor.councilId, "choose"),
    prisma.organisationCouncil.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { organisation: { name: "asc" } },
      select: { organisation: { select: { name: true } } },
    }),
  ]);
  return {
    districts: districts.map((d) => d.name),
    serviceTypes: serviceTypes.map((s) => s.name),
    exampleProvider: provider?.organisation.name ?? null,
  };
}
