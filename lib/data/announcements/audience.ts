import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { startOfUtcDay } from "../../domain/dates";

/**
 * Who an announcement is for (docs/decisions/0014-announcement-audience.md), written once here and
 * used from both sides: organisations approved by the council (OrganisationCouncil APPROVED) and,
 * for a service type, only those with a listing of that type here (not archived) or a contract of
 * that type here that has not ended or been terminated.
 */
function providesTypeHere(councilId: string, serviceTypeId: string, now: Date) {
  return [
    { services: { some: { councilId, serviceTypeId, status: { not: "ARCHIVED" as const } } } },
    {
      contracts: {
        some: { councilId, serviceTypeId, terminatedAt: null, endDate: { gte: startOfUtcDay(now) } },
      },
    },
  ] satisfies Prisma.OrganisationWhereInput[];
}

/** The organisations an announcement of the council (for all, or one service type) is addressed to. */
export function audienceOrganisationWhere(
  councilId: string,
  serviceTypeId: string | null,
  now = new Date(),
): Prisma.OrganisationWhereInput {
  return {
    councils: { some: { councilId, status: "APPROVED" } },
    ...(serviceTypeId && { OR: providesTypeHere(councilId, serviceTypeId, now) }),
  };
}

/** The same rule from the provider's side: the announcements addressed to the actor's organisation. */
export async function providerAnnouncementWhere(
  actor: Actor,
  now = new Date(),
  db: Tx = prisma,
): Promise<Prisma.AnnouncementWhereInput> {
  const organisationId = actor.organisationId;
  const approved =
    organisationId &&
    (await db.organisationCouncil.findFirst({
      where: { organisationId, councilId: actor.councilId, status: "APPROVED" },
      select: { id: true },
    }));
  if (!organisationId || !approved) return { id: { in: [] } };
  const today = startOfUtcDay(now);
  const scope = { councilId: actor.councilId, organisationId };
  return {
    councilId: actor.councilId,
    OR: [
      { serviceTypeId: null },
      { serviceType: { services: { some: { AND: [scope, { status: { not: "ARCHIVED" } }] } } } },
      {
        serviceType: {
          contracts: { some: { AND: [scope, { terminatedAt: null, endDate: { gte: today } }] } },
        },
      },
    ],
  };
}

/** Announcements the actor's organisation must acknowledge and has not (the provider dashboard's count too). */
export async function toAcknowledgeWhere(
  actor: Actor,
  now = new Date(),
  db: Tx = prisma,
): Promise<Prisma.AnnouncementWhereInput> {
  return {
    AND: [
      await providerAnnouncementWhere(actor, now, db),
      {
        kind: "ANNOUNCEMENT",
        requiresAcknowledgement: true,
        acknowledgements: { none: { organisationId: actor.organisationId ?? "__none__" } },
      },
    ],
  };
}
