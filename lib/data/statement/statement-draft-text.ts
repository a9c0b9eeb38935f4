import type { Tx } from "../../db";
import type { StatementText } from "../../domain/statement/compose-statement";
import { readStatementContent, readStatementDraftTypes } from "../../schemas/statement";

/**
 * The council's statement text as it stands: the draft, or before anyone edited one, the words of
 * the latest published version (or blank for a council that has none). Null `updatedAt` means the
 * draft has not been changed since the last version.
 */
export async function readStatementDraftText(
  db: Tx,
  councilId: string,
): Promise<StatementText & { updatedAt: Date | null }> {
  const draft = await db.shortBreaksStatementDraft.findUnique({ where: { councilId } });
  if (draft)
    return {
      introduction: draft.introduction,
      howToGet: draft.howToGet,
      reviewDate: draft.reviewDate,
      types: readStatementDraftTypes(draft.types),
      updatedAt: draft.updatedAt,
    };
  const latest = await db.shortBreaksStatement.findFirst({
    where: { councilId },
    orderBy: { version: "desc" },
    select: { content: true },
  });
  if (!latest) return { introduction: "", howToGet: "", reviewDate: null, types: [], updatedAt: null };
  const c = readStatementContent(latest.content);
  return {
    introduction: c.introduction,
    howToGet: c.howToGet,
    reviewDate: c.reviewDate ? new Date(`${c.reviewDate}T00:00:00Z`) : null,
    types: c.types.map((t) => ({ code: t.code, eligibility: t.eligibility, access: t.access })),
    updatedAt: null,
  };
}
