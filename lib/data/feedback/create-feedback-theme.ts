import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import type { FeedbackThemeInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";

/** Adds a theme to the council's list; its code is made from the name (INCLUSION, AUTISM_TRAINING). */
export async function createFeedbackTheme(actor: Actor, { name }: FeedbackThemeInput): Promise<string> {
  const code = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 40);
  if (!code)
    throw new AppError("INVALID", "Use letters or numbers in the theme's name", {
      name: "Use letters or numbers in the theme's name",
    });
  return prisma.$transaction(async (tx) => {
    const clash = await tx.feedbackTheme.findFirst({
      where: { councilId: actor.councilId, OR: [{ code }, { name: { equals: name, mode: "insensitive" } }] },
      select: { id: true },
    });
    if (clash)
      throw new AppError("CONFLICT", "There is already a theme with that name", {
        name: "There is already a theme with that name",
      });
    const theme = await tx.feedbackTheme.create({
      data: { councilId: actor.councilId, code, name },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "feedback-theme:create",
      entityType: "FeedbackTheme",
      entityId: theme.id,
      summary: `Feedback theme "${name}" added`,
    });
    return theme.id;
  });
}
