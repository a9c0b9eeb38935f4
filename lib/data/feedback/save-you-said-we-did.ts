import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { ACTION_PROGRESS_LABEL } from "../../domain/feedback-questions";
import { AppError, NotFoundError } from "../../errors";
import type { YouSaidWeDidInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { emailMemberships } from "../mail/email-memberships";
import { requestOutboxSend } from "../mail/send-outbox";
import { youSaidWeDidEmail } from "../../mail/templates/notice-emails";

const day = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);

/**
 * Creates ("actionId" empty) or changes a "You said, we did" action, linked to themes and feedback
 * of the council. Publishing is one-way. Once published, linked feedback becomes "acted on", and
 * the families who gave it are told when it is published, when its status changes and when their
 * feedback is newly linked.
 */
export async function saveYouSaidWeDid(
  actor: Actor,
  input: YouSaidWeDidInput,
  now = new Date(),
): Promise<string> {
  const themeIds = [...new Set(input.themeIds)];
  const feedbackIds = [...new Set(input.feedbackIds)];
  const id = await prisma.$transaction(async (tx) => {
    const existing = input.actionId
      ? await tx.youSaidWeDid.findFirst({
          where: { id: input.actionId, councilId: actor.councilId },
          select: { id: true, status: true, publishedAt: true, feedback: { select: { id: true } } },
        })
      : null;
    if (input.actionId && !existing) throw new NotFoundError("The action");
    if (!existing) {
      if (!input.submissionKey)
        throw new AppError("INVALID", "This form has expired. Reload the page and try again.");
      const claim = await claimSubmission(tx, input.submissionKey, actor, "you-said-we-did:create");
      if (!claim.first) {
        if (claim.resultId) return claim.resultId;
        throw new AppError("CONFLICT", "This action is already being saved.");
      }
    }
    const [themes, feedback] = await Promise.all([
      tx.feedbackTheme.findMany({
        where: { id: { in: themeIds }, councilId: actor.councilId },
        select: { id: true },
      }),
      tx.feedback.findMany({
        where: { id: { in: feedbackIds }, councilId: actor.councilId },
        select: { id: true, familyId: true, status: true },
      }),
    ]);
    if (themes.length !== themeIds.length)
      throw new AppError("INVALID", "Choose themes from the council's list", {
        themeIds: "Choose themes from the council's list",
      });
    if (feedback.length !== feedbackIds.length)
      throw new AppError("INVALID", "Choose feedback from the council's inbox", {
        feedbackIds: "Choose feedback from the council's inbox",
      });

    const wasPublished = !!existing?.publishedAt;
    const published = wasPublished || input.publish;
    const data = {
      youSaid: input.youSaid,
      weDid: input.weDid,
      status: input.status,
      startedOn: day(input.startedOn),
      completedOn: day(input.completedOn),
      publishedAt: existing?.publishedAt ?? (input.publish ? now : null),
      themes: { set: themes.map((t) => ({ id: t.id })) },
      feedback: { set: feedback.map((f) => ({ id: f.id })) },
    };
    const saved = existing
      ? await tx.youSaidWeDid.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.youSaidWeDid.create({
          data: {
            ...data,
            councilId: actor.councilId,
            createdById: actor.userId,
            themes: { connect: data.themes.set },
            feedback: { connect: data.feedback.set },
          },
          select: { id: true },
        });
    if (!existing) await completeSubmission(tx, input.submissionKey!, saved.id);

    if (published) {
      const open = feedback
        .filter((f) => f.status === "RECEIVED" || f.status === "IN_REVIEW")
        .map((f) => f.id);
      if (open.length)
        await tx.feedback.updateMany({ where: { id: { in: open } }, data: { status: "ACTIONED" } });
      const statusChanged = !!existing && existing.status !== input.status;
      const before = new Set(existing?.feedback.map((f) => f.id) ?? []);
      const toTell = !wasPublished || statusChanged ? feedback : feedback.filter((f) => !before.has(f.id));
      await notifyFamilies(
        tx,
        actor,
        toTell,
        !wasPublished ? "published" : statusChanged ? ACTION_PROGRESS_LABEL[input.status] : "linked",
      );
    }
    await recordAudit(tx, actor, {
      action: existing ? "you-said-we-did:update" : "you-said-we-did:create",
      entityType: "YouSaidWeDid",
      entityId: saved.id,
      summary: `"You said, we did" action ${existing ? "updated" : "created"}${input.publish && !wasPublished ? " and published" : ""} (${ACTION_PROGRESS_LABEL[input.status]})`,
      metadata: { themes: themeIds.length, feedback: feedbackIds.length, published },
    });
    return saved.id;
  });
  await requestOutboxSend();
  return id;
}

async function notifyFamilies(
  tx: Tx,
  actor: Actor,
  feedback: { id: string; familyId: string | null }[],
  what: string,
) {
  const firstByFamily = new Map<string, string>();
  for (const f of feedback)
    if (f.familyId && !firstByFamily.has(f.familyId)) firstByFamily.set(f.familyId, f.id);
  if (!firstByFamily.size) return;
  const councilId = actor.councilId;
  const members = await tx.membership.findMany({
    where: { councilId, role: "FAMILY", familyId: { in: [...firstByFamily.keys()] } },
    select: { id: true, familyId: true },
  });
  const body =
    what === "published"
      ? "The council has published what it is doing about feedback you gave."
      : what === "linked"
        ? "The council has linked your feedback to something it is doing."
        : `Something the council is doing about your feedback is now: ${what}.`;
  await tx.notification.createMany({
    data: members.map((m) => ({
      councilId,
      membershipId: m.id,
      title: "What happened to what you said",
      body,
      href: `/family/feedback/${firstByFamily.get(m.familyId!)}`,
    })),
  });
  // Each family member is e-mailed about the first of their family's feedback, as the notice links it.
  for (const m of members) {
    await emailMemberships(tx, councilId, [m.id], {
      kind: "you-said-we-did",
      template: "you-said-we-did",
      compose: ({ name }) =>
        youSaidWeDidEmail({
          name,
          councilName: actor.councilName,
          what: body,
          path: `/family/feedback/${firstByFamily.get(m.familyId!)}`,
        }),
    });
  }
}
