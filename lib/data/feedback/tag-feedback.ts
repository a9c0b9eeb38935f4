import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { FeedbackStatusInput, FeedbackThemesInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";

/** Replaces a feedback item's themes with the chosen ones from the council's list. New feedback moves to "being looked at". */
export async function setFeedbackThemes(actor: Actor, input: FeedbackThemesInput) {
  const themeIds = [...new Set(input.themeIds)];
  await prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: input.feedbackId, councilId: actor.councilId },
      select: { id: true, receiptCode: true, status: true, tags: { select: { themeId: true } } },
    });
    if (!feedback) throw new NotFoundError("The feedback");
    const themes = await tx.feedbackTheme.findMany({
      where: { id: { in: themeIds }, councilId: actor.councilId },
      select: { id: true, code: true },
    });
    if (themes.length !== themeIds.length)
      throw new AppError("INVALID", "Choose themes from the council's list", {
        themeIds: "Choose themes from the council's list",
      });
    const before = new Set(feedback.tags.map((t) => t.themeId));
    const added = themeIds.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !themeIds.includes(id));
    if (removed.length)
      await tx.feedbackThemeTag.deleteMany({ where: { feedbackId: feedback.id, themeId: { in: removed } } });
    if (added.length)
      await tx.feedbackThemeTag.createMany({
        data: added.map((themeId) => ({
          councilId: actor.councilId,
          feedbackId: feedback.id,
          themeId,
          taggedById: actor.userId,
        })),
      });
    if (feedback.status === "RECEIVED" && themeIds.length)
      await tx.feedback.update({ where: { id: feedback.id }, data: { status: "IN_REVIEW" } });
    await recordAudit(tx, actor, {
      action: "feedback:theme",
      entityType: "Feedback",
      entityId: feedback.id,
      summary: `Themes of feedback ${feedback.receiptCode} set to ${themes.map((t) => t.code).join(", ") || "none"}`,
      metadata: { added, removed },
    });
  });
}

export async function updateFeedbackStatus(actor: Actor, input: FeedbackStatusInput) {
  await prisma.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: input.feedbackId, councilId: actor.councilId },
      select: { id: true, receiptCode: true, status: true },
    });
    if (!feedback) throw new NotFoundError("The feedback");
    if (feedback.status === input.status) return;
    await tx.feedback.update({ where: { id: feedback.id }, data: { status: input.status } });
    await recordAudit(tx, actor, {
      action: "feedback:status",
      entityType: "Feedback",
      entityId: feedback.id,
      summary: `Feedback ${feedback.receiptCode} status changed from ${feedback.status} to ${input.status}`,
    });
  });
}
