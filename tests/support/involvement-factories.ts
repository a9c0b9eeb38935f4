import { prisma } from "@/lib/db";
import { addMonths } from "@/lib/domain/dates";
import type { Actor } from "@/lib/auth/actor";
import { makeActor } from "./factories";

/**
 * A young commissioner of a council, `age` years old today (null: no date of birth recorded),
 * with a parent's or carer's consent recorded when `consent` is true. Defaults: 17, no consent.
 */
export async function makeYoungCommissioner(
  councilId: string,
  options: { age?: number | null; consent?: boolean; now?: Date } = {},
): Promise<Actor> {
  const actor = await makeActor(councilId, "YOUNG_COMMISSIONER");
  const age = options.age === undefined ? 17 : options.age;
  const now = options.now ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  await prisma.youngCommissionerProfile.create({
    data: {
      councilId,
      membershipId: actor.membershipId,
      // A month before the birthday that makes them `age`, so the age holds whatever the time of year.
      dateOfBirth: age === null ? null : addMonths(today, -12 * age - 1),
      consentGivenBy: options.consent ? "A parent" : null,
      consentRelationship: options.consent ? "Mother" : null,
      consentGivenOn: options.consent ? addMonths(today, -1) : null,
    },
  });
  return actor;
}

/** A service an organisation runs in a council (with a service type, made if missing). */
export async function makeService(councilId: string, organisationId: string, name = "Saturday club") {
  const type = await prisma.serviceType.upsert({
    where: { code: "test-short-breaks" },
    update: {},
    create: { code: "test-short-breaks", name: "Short breaks (test)" },
  });
  return prisma.service.create({
    data: {
      councilId,
      organisationId,
      serviceTypeId: type.id,
      name,
      description: "A test service",
      venue: "Town hall",
    },
  });
}

/**
 * What an involvement activity counts by, for a council of a test's own: a type of need, a group
 * that rarely gets involved, a "You said, we did" action to link, and a statistics threshold.
 */
export async function makeInvolvementLists(actor: Actor, options: { threshold?: number } = {}) {
  const { councilId } = actor;
  if (options.threshold)
    await prisma.council.update({
      where: { id: councilId },
      data: { statisticsThreshold: options.threshold },
    });
  const needType = await prisma.needType.create({ data: { councilId, code: "AUTISM", name: "Autism" } });
  const group = await prisma.involvementGroup.create({
    data: { councilId, code: "RURAL", name: "Living in a rural area" },
  });
  const youSaidWeDid = await prisma.youSaidWeDid.create({
    data: {
      councilId,
      youSaid: "There is nowhere quiet to go at the holiday club",
      weDid: "Every holiday club now has a quiet room",
      createdById: actor.userId,
    },
  });
  return { needType, group, youSaidWeDid };
}
