import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { audienceOrganisationWhere } from "./audience";

/** The audiences a commissioner can choose, each with how many organisations it reaches today. */
export async function audienceOptions(actor: Actor, now = new Date()) {
  const types = await prisma.serviceType.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const [all, ...sizes] = await Promise.all([
    prisma.organisation.count({ where: audienceOrganisationWhere(actor.councilId, null, now) }),
    ...types.map((t) =>
      prisma.organisation.count({ where: audienceOrganisationWhere(actor.councilId, t.id, now) }),
    ),
  ]);
  return { all, serviceTypes: types.map((t, i) => ({ ...t, organisations: sizes[i] })) };
}
