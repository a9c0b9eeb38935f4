import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";
import { providerAnnouncementWhere, toAcknowledgeWhere } from "./audience";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

export const PROVIDER_ANNOUNCEMENT_PAGE_SIZE = 20;

/** An announcement's summary; its audience's service type with the council's label (decision 0038). */
const summaryFor = (councilId: string) =>
  ({
    id: true,
    kind: true,
    title: true,
    publishedAt: true,
    eventAt: true,
    requiresAcknowledgement: true,
    serviceType: serviceTypeOf(councilId),
  }) as const;

/**
 * What the council has sent the actor's organisation: announcements still to acknowledge first,
 * then forums to come, then everything else (newest first, paginated).
 */
export async function listProviderAnnouncements(actor: Actor, page: number, now = new Date()) {
  const organisationId = actor.organisationId ?? "__none__";
  const summary = summaryFor(actor.councilId);
  const [scope, toAcknowledge] = await Promise.all([
    providerAnnouncementWhere(actor, now),
    toAcknowledgeWhere(actor, now),
  ]);
  const earlierWhere = {
    AND: [
      scope,
      {
        OR: [
          {
            kind: "ANNOUNCEMENT" as const,
            OR: [{ requiresAcknowledgement: false }, { acknowledgements: { some: { organisationId } } }],
          },
          { kind: "FORUM_EVENT" as const, OR: [{ eventAt: null }, { eventAt: { lt: now } }] },
        ],
      },
    ],
  };
  const [needsAcknowledging, upcomingForums, earlier, total] = await Promise.all([
    prisma.announcement.findMany({
      where: toAcknowledge,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 100,
      select: summary,
    }),
    prisma.announcement.findMany({
      where: { AND: [scope, { kind: "FORUM_EVENT", eventAt: { gte: now } }] },
      orderBy: [{ eventAt: "asc" }, { id: "asc" }],
      take: 50,
      select: summary,
    }),
    prisma.announcement.findMany({
      where: earlierWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PROVIDER_ANNOUNCEMENT_PAGE_SIZE,
      take: PROVIDER_ANNOUNCEMENT_PAGE_SIZE,
      select: {
        ...summary,
        acknowledgements: { where: { organisationId }, select: { acknowledgedAt: true } },
      },
    }),
    prisma.announcement.count({ where: earlierWhere }),
  ]);
  return {
    needsAcknowledging: needsAcknowledging.map((a) => ({ ...a, serviceType: labelled(a.serviceType) })),
    upcomingForums: upcomingForums.map((a) => ({ ...a, serviceType: labelled(a.serviceType) })),
    earlier: pageOf(
      earlier.map(({ acknowledgements, ...a }) => ({
        ...a,
        serviceType: labelled(a.serviceType),
        acknowledgedAt: acknowledgements[0]?.acknowledgedAt ?? null,
      })),
      total,
      page,
      PROVIDER_ANNOUNCEMENT_PAGE_SIZE,
    ),
  };
}

/** One announcement addressed to the actor's organisation; any other is not found. */
export async function getProviderAnnouncement(actor: Actor, announcementId: string, now = new Date()) {
  const organisationId = actor.organisationId ?? "__none__";
  const announcement = await prisma.announcement.findFirst({
    where: { AND: [await providerAnnouncementWhere(actor, now), { id: announcementId }] },
    select: {
      ...summaryFor(actor.councilId),
      body: true,
      acknowledgements: { where: { organisationId }, select: { acknowledgedAt: true } },
      attendance: {
        where: { organisationId },
        orderBy: { attendeeName: "asc" },
        select: { id: true, attendeeName: true, attended: true },
      },
    },
  });
  if (!announcement) throw new NotFoundError("The announcement");
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { name: true },
  });
  const { acknowledgements, ...rest } = announcement;
  return {
    ...rest,
    serviceType: labelled(rest.serviceType),
    acknowledgedAt: acknowledgements[0]?.acknowledgedAt ?? null,
    organisationName: organisation?.name ?? "your organisation",
  };
}
