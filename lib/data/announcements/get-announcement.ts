import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";
import { audienceOrganisationWhere } from "./audience";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

export const AUDIENCE_PAGE_SIZE = 50;

/**
 * One announcement of the council for its commissioners: the audience organisations (a page of
 * them, by name) with who acknowledged and when, the counts, and for a forum event the attendance.
 */
export async function getAnnouncement(
  actor: Actor,
  announcementId: string,
  options: { page: number },
  now = new Date(),
) {
  const announcement = await prisma.announcement.findFirst({
    where: { id: announcementId, councilId: actor.councilId },
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      publishedAt: true,
      eventAt: true,
      requiresAcknowledgement: true,
      serviceTypeId: true,
      serviceType: serviceTypeOf(actor.councilId),
      createdById: true,
    },
  });
  if (!announcement) throw new NotFoundError("The announcement");
  const orgWhere = audienceOrganisationWhere(actor.councilId, announcement.serviceTypeId, now);
  const ackWhere = { announcementId, councilId: actor.councilId };

  const [audienceSize, acknowledgedCount, organisations, attendanceRows, audienceOptions] = await Promise.all(
    [
      prisma.organisation.count({ where: orgWhere }),
      prisma.announcementAcknowledgement.count({ where: { ...ackWhere, organisation: orgWhere } }),
      announcement.requiresAcknowledgement
        ? prisma.organisation.findMany({
            where: orgWhere,
            orderBy: [{ name: "asc" }, { id: "asc" }],
            skip: (options.page - 1) * AUDIENCE_PAGE_SIZE,
            take: AUDIENCE_PAGE_SIZE,
            select: {
              id: true,
              name: true,
              acknowledgements: {
                where: ackWhere,
                select: { acknowledgedAt: true, acknowledgedById: true },
              },
            },
          })
        : Promise.resolve([]),
      announcement.kind === "FORUM_EVENT"
        ? prisma.forumAttendance.findMany({
            where: { announcementId, councilId: actor.councilId },
            select: { id: true, organisationId: true, attendeeName: true, attended: true },
          })
        : Promise.resolve([]),
      announcement.kind === "FORUM_EVENT"
        ? prisma.organisation.findMany({
            where: orgWhere,
            orderBy: [{ name: "asc" }, { id: "asc" }],
            select: { id: true, name: true },
          })
        : Promise.resolve([]),
    ],
  );

  const people = await prisma.user.findMany({
    where: {
      id: {
        in: organisations.flatMap((o) => o.acknowledgements.map((a) => a.acknowledgedById)),
      },
    },
    select: { id: true, name: true },
  });
  const orgNames = new Map(
    (
      await prisma.organisation.findMany({
        where: { id: { in: [...new Set(attendanceRows.map((a) => a.organisationId))] } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  const attendance = attendanceRows
    .map((a) => ({ ...a, organisationName: orgNames.get(a.organisationId) ?? "Unknown organisation" }))
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName) || a.attendeeName.localeCompare(b.attendeeName),
    );

  return {
    announcement: { ...announcement, serviceType: labelled(announcement.serviceType) },
    audienceSize,
    acknowledgedCount,
    audience: pageOf(
      organisations.map((o) => {
        const ack = o.acknowledgements[0];
        return {
          id: o.id,
          name: o.name,
          acknowledgedAt: ack?.acknowledgedAt ?? null,
          acknowledgedBy: ack ? (people.find((p) => p.id === ack.acknowledgedById)?.name ?? null) : null,
        };
      }),
      audienceSize,
      options.page,
      AUDIENCE_PAGE_SIZE,
    ),
    attendance,
    audienceOptions,
  };
}
