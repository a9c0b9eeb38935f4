import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { composeStatement } from "../../domain/statement/compose-statement";
import { gatherStatementFigures } from "./gather-statement-figures";
import { readStatementDraftText } from "./statement-draft-text";

/**
 * The commissioner's view of the council's statement: the draft text, a preview of it with the
 * live figures of today (exactly what publishing would freeze), the types of service to write
 * eligibility for, and every published version, newest first.
 */
export async function getStatementAdmin(actor: Actor, now = new Date()) {
  const [draft, figures, versions] = await Promise.all([
    readStatementDraftText(prisma, actor.councilId),
    gatherStatementFigures(prisma, actor.councilId, now),
    prisma.shortBreaksStatement.findMany({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { version: true, changelog: true, publishedAt: true },
    }),
  ]);
  return {
    draft,
    serviceTypes: figures.serviceTypes,
    preview: composeStatement(draft, figures),
    versions,
  };
}
