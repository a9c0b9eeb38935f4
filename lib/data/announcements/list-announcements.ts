import type { Actor } from "../../auth/actor";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { prisma, type Prisma } from "../../db";
import type { AnnouncementKind } from "../../generated/prisma/enums";
import { pageOf } from "../paging";
import { audienceOrganisationWhere } from "./audience";
import { councilAnnouncementScope } from "../scopes";

export const ANNOUNCEMENT_PAGE_SIZE = 20;

/**
 * The council's announcements and forum events, newest first, each with its progress: how many
 * audience organisations have acknowledged (of how many), or how many people attended.
 */
export async function listAnnouncements(
  actor: Actor,
  filter: { kind?: AnnouncementKind; page: number },
  now = new Date(),
) {
  const where: Prisma.AnnouncementWhereInput = {
    AND: [councilAnnouncementScope(actor), ...(filter.kind ? [{ kind: filter.kind }] : [])],
  };
  const [rows, total] = await Promise.all([
    prisma.announcement.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * ANNOUNCEMENT_PAGE_SIZE,
      take: ANNOUNCEMENT_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        title: true,
        publishedAt: true,
        eventAt: true,
        requiresAcknowledgement: true,
        serviceTypeId: true,
        serviceType: serviceTypeOf(actor.councilId),
      },
    }),
    prisma.announcement.count({ where }),
  ]);

  // One audience count and one grouped acknowledgement count per audience on the page, not per row.
  const audiences = [...new Set(rows.map((r) => r.serviceTypeId))];
  const audienceSize = new Map<string | null, number>();
  const acknowledged = new Map<string, number>();
  await Promise.all(
    audiences.map(async (serviceTypeId) => {
      const orgWhere = audienceOrganisationWhere(actor.councilId, serviceTypeId, now);
      const needing = rows
        .filter((r) => r.serviceTypeId === serviceTypeId && r.requiresAcknowledgement)
        .map((r) => r.id);
      const [size, groups] = await Promise.all([
        prisma.organisation.count({ where: orgWhere }),
        needing.length
          ? prisma.announcementAcknowledgement.groupBy({
              by: ["announcementId"],
              where: { councilId: actor.councilId, announcementId: { in: needing }, organisation: orgWhere },
              _count: { _all: true },
            })
          : Promise.resolve([]),
      ]);
      audienceSize.set(serviceTypeId, size);
      for (const g of groups) acknowledged.set(g.announcementId, g._count._all);
    }),
  );
  const forumIds = rows.filter((r) => r.kind === "FORUM_EVENT").map((r) => r.id);
  const attendance = forumIds.length
    ? await prisma.forumAttendance.groupBy({
        by: ["announcementId", "attended"],
        where: { councilId: actor.councilId, announcementId: { in: forumIds } },
        _count: { _all: true },
      })
    : [];

  const items = rows.map((r) => ({
    ...r,
    serviceType: labelled(r.serviceType),
    audienceSize: audienceSize.get(r.serviceTypeId) ?? 0,
    acknowledged: acknowledged.get(r.id) ?? 0,
    attended: attendance
      .filter((a) => a.announcementId === r.id && a.attended)
      .reduce((n, a) => n + a._count._all, 0),
    recorded: attendance.filter((a) => a.announcementId === r.id).reduce((n, a) => n + a._count._all, 0),
  }));
  return pageOf(items, total, filter.page, ANNOUNCEMENT_PAGE_SIZE);
}
