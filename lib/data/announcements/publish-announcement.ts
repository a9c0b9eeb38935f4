import type { Actor } from "../../auth/actor";
import { serviceTypeChoice } from "../service-types/check-service-type-choice";
import { prisma } from "../../db";
import { formatDateTime } from "../../domain/dates";
import { AppError } from "../../errors";
import type { AnnouncementInput } from "../../schemas/announcement";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { notifyOrganisations } from "../tenders/notify";
import { requestOutboxSend } from "../mail/send-outbox";
import { announcementEmail } from "../../mail/templates/notice-emails";
import { audienceOrganisationWhere } from "./audience";

/**
 * Publishes an announcement or forum event to the council's providers (all, or one service type)
 * and notifies the staff of every organisation in its audience. A repeated submit returns the first.
 */
export async function publishAnnouncement(
  actor: Actor,
  input: AnnouncementInput,
  submissionKey: string,
  now = new Date(),
): Promise<string> {
  const id = await prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, submissionKey, actor, "announcement:create");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This form was already sent. Open forums and announcements to find it.");
    }
    let serviceTypeName: string | null = null;
    if (input.serviceTypeId) {
      // Only a type the council uses and has not retired (decision 0038).
      const type = await serviceTypeChoice(tx, actor.councilId, { id: input.serviceTypeId });
      if (!type.ok)
        throw new AppError("INVALID", "Choose who it is for.", {
          audience: type.message.startsWith("Choose") ? "Choose who it is for" : type.message,
        });
      serviceTypeName = type.label;
    }
    const announcement = await tx.announcement.create({
      data: {
        councilId: actor.councilId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        serviceTypeId: input.serviceTypeId,
        requiresAcknowledgement: input.kind === "ANNOUNCEMENT" && input.requiresAcknowledgement,
        eventAt: input.kind === "FORUM_EVENT" ? input.eventAt : null,
        publishedAt: now,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    const audience = await tx.organisation.findMany({
      where: audienceOrganisationWhere(actor.councilId, input.serviceTypeId, now),
      select: { id: true },
    });
    await notifyOrganisations(
      tx,
      actor.councilId,
      audience.map((o) => o.id),
      {
        title:
          input.kind === "FORUM_EVENT"
            ? `Provider forum: ${input.title}`
            : `${input.requiresAcknowledgement ? "Please acknowledge: " : "Announcement: "}${input.title}`,
        body:
          input.kind === "FORUM_EVENT" && input.eventAt
            ? `${actor.councilName} invites your organisation to a provider forum on ${formatDateTime(input.eventAt)}.`
            : input.requiresAcknowledgement
              ? `${actor.councilName} asks your organisation to read and acknowledge a new announcement.`
              : `${actor.councilName} has published a new announcement for providers.`,
        href: `/provider/announcements/${announcement.id}`,
      },
      // Only announcements to acknowledge are e-mailed; the rest are in-app notices alone.
      input.kind !== "FORUM_EVENT" && input.requiresAcknowledgement
        ? {
            kind: "announcements",
            template: "announcement",
            compose: ({ name }) =>
              announcementEmail({
                name,
                councilName: actor.councilName,
                title: input.title,
                path: `/provider/announcements/${announcement.id}`,
              }),
          }
        : undefined,
    );
    await recordAudit(tx, actor, {
      action: "announcement:create",
      entityType: "Announcement",
      entityId: announcement.id,
      summary: `Published ${input.kind === "FORUM_EVENT" ? "forum event" : "announcement"} "${input.title}" to ${
        serviceTypeName ? `providers of ${serviceTypeName}` : "all providers"
      } (${audience.length} ${audience.length === 1 ? "organisation" : "organisations"})`,
      metadata: { requiresAcknowledgement: input.requiresAcknowledgement, audience: audience.length },
    });
    await completeSubmission(tx, submissionKey, announcement.id);
    return announcement.id;
  });
  await requestOutboxSend();
  return id;
}
