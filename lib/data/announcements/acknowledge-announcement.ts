import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { providerAnnouncementWhere } from "./audience";

/**
 * Acknowledges an announcement for the actor's organisation. Idempotent: the unique key
 * (announcement, organisation) makes a second acknowledgement, by anyone there, a no-op.
 */
export async function acknowledgeAnnouncement(
  actor: Actor,
  announcementId: string,
  now = new Date(),
): Promise<{ already: boolean; acknowledgedAt: Date }> {
  const organisationId = actor.organisationId;
  if (!organisationId) throw new NotFoundError("The announcement");
  return prisma.$transaction(async (tx) => {
    const announcement = await tx.announcement.findFirst({
      where: { AND: [await providerAnnouncementWhere(actor, now, tx), { id: announcementId }] },
      select: { id: true, title: true, kind: true, requiresAcknowledgement: true },
    });
    if (!announcement) throw new NotFoundError("The announcement");
    if (announcement.kind !== "ANNOUNCEMENT" || !announcement.requiresAcknowledgement)
      throw new AppError("INVALID", "This announcement does not need acknowledging.");
    const { count } = await tx.announcementAcknowledgement.createMany({
      data: [
        {
          councilId: actor.councilId,
          announcementId,
          organisationId,
          acknowledgedById: actor.userId,
          acknowledgedAt: now,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) {
      const existing = await tx.announcementAcknowledgement.findUniqueOrThrow({
        where: { announcementId_organisationId: { announcementId, organisationId } },
        select: { acknowledgedAt: true },
      });
      return { already: true, acknowledgedAt: existing.acknowledgedAt };
    }
    await recordAudit(tx, actor, {
      action: "announcement:acknowledge",
      entityType: "Announcement",
      entityId: announcementId,
      summary: `Acknowledged announcement "${announcement.title}" for their organisation`,
      metadata: { organisationId },
    });
    return { already: false, acknowledgedAt: now };
  });
}
