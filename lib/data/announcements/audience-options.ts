import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { audienceOrganisationWhere } from "./audience";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";

/**
 * The audiences a commissioner can choose (all providers, or the providers of one of the council's
 * service types in use, decision 0038), each with how many organisations it reaches today.
 */
export async function audienceOptions(actor: Actor, now = new Date()) {
  const types = await councilServiceTypeOptions(actor.councilId, "choose");
  const [all, ...sizes] = await Promise.all([
    prisma.organisation.count({ where: audienceOrganisationWhere(actor.councilId, null, now) }),
    ...types.map((t) =>
      prisma.organisation.count({ where: audienceOrganisationWhere(actor.councilId, t.id, now) }),
    ),
  ]);
  return { all, serviceTypes: types.map((t, i) => ({ ...t, organisations: sizes[i] })) };
}
