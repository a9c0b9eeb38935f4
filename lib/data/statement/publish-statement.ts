import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError } from "../../errors";
import { composeStatement } from "../../domain/statement/compose-statement";
import { gatherStatementFigures } from "./gather-statement-figures";
import { readStatementDraftText } from "./statement-draft-text";
import { recordAudit } from "../audit/record-audit";

/**
 * Publishes the council's statement as the next numbered version: the draft's text with the live
 * figures of this moment, frozen in the version (later edits and new data never change it), and
 * a changelog line. The draft stays, for the next version.
 */
export async function publishStatement(
  actor: Actor,
  changelog: string,
  now = new Date(),
): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    // The draft's row lock makes publishes in one council take turns, so the numbers never clash.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ShortBreaksStatementDraft" WHERE "councilId" = ${actor.councilId} FOR UPDATE`;
    if (locked.length === 0)
      throw new AppError("INVALID", "There is no draft to publish: save the statement's text first.");
    const text = await readStatementDraftText(tx, actor.councilId);
    if (!text.reviewDate)
      throw new AppError("INVALID", "Set the review date before publishing.", {
        reviewDate: "Enter the review date",
      });
    const content = composeStatement(text, await gatherStatementFigures(tx, actor.councilId, now));
    const last = await tx.shortBreaksStatement.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (last?.version ?? 0) + 1;
    const created = await tx.shortBreaksStatement.create({
      data: {
        councilId: actor.councilId,
        version,
        content: content as unknown as Prisma.InputJsonValue,
        changelog,
        publishedAt: now,
        publishedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "statement:publish",
      entityType: "ShortBreaksStatement",
      entityId: created.id,
      summary: `Published version ${version} of the short breaks services statement`,
      metadata: { version, types: content.types.length },
    });
    return { version };
  });
}
