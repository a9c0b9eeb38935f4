import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { audienceOrganisationWhere } from "./audience";

async function forumEvent(tx: Tx, actor: Actor, announcementId: string) {
  const forum = await tx.announcement.findFirst({
    where: { id: announcementId, councilId: actor.councilId },
    select: { id: true, kind: true, title: true, serviceTypeId: true },
  });
  if (!forum) throw new NotFoundError("The forum event");
  if (forum.kind !== "FORUM_EVENT")
    throw new AppError("INVALID", "Attendance is recorded for forum events only.");
  return forum;
}

/** Records one person from an audience organisation as attending (or not) a forum event. */
export async function recordForumAttendance(
  actor: Actor,
  input: { announcementId: string; organisationId: string; attendeeName: string; attended: boolean },
  now = new Date(),
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const forum = await forumEvent(tx, actor, input.announcementId);
    const organisation = await tx.organisation.findFirst({
      where: {
        AND: [
          { id: input.organisationId },
          audienceOrganisationWhere(actor.councilId, forum.serviceTypeId, now),
        ],
      },
      select: { id: true, name: true },
    });
    if (!organisation)
      throw new AppError("INVALID", "Choose an organisation the forum was for.", {
        organisationId: "Choose an organisation the forum was for",
      });
    const row = await tx.forumAttendance.create({
      data: {
        councilId: actor.councilId,
        announcementId: forum.id,
        organisationId: organisation.id,
        attendeeName: input.attendeeName,
        attended: input.attended,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "forum-attendance:record",
      entityType: "ForumAttendance",
      entityId: row.id,
      summary: `Recorded ${input.attended ? "attendance" : "an absence"} for ${organisation.name} at forum "${forum.title}"`,
      metadata: { announcementId: forum.id, organisationId: organisation.id },
    });
    return row.id;
  });
}

/** Removes one attendance row of a forum event. */
export async function removeForumAttendance(
  actor: Actor,
  input: { announcementId: string; attendanceId: string },
) {
  await prisma.$transaction(async (tx) => {
    const forum = await forumEvent(tx, actor, input.announcementId);
    const row = await tx.forumAttendance.findFirst({
      where: { id: input.attendanceId, announcementId: forum.id, councilId: actor.councilId },
      select: { id: true, organisationId: true },
    });
    if (!row) throw new NotFoundError("The attendance record");
    await tx.forumAttendance.delete({ where: { id: row.id } });
    const organisation = await tx.organisation.findUnique({
      where: { id: row.organisationId },
      select: { name: true },
    });
    await recordAudit(tx, actor, {
      action: "forum-attendance:remove",
      entityType: "ForumAttendance",
      entityId: row.id,
      summary: `Removed an attendance record for ${organisation?.name ?? "an organisation"} at forum "${forum.title}"`,
      metadata: { announcementId: forum.id, organisationId: row.organisationId },
    });
  });
}
