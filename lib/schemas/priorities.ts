import { z } from "zod";
import { calendarDateField, checkedIds, formatLimit, recordId, requiredText } from "./fields";

export const TITLE_MAX = 200;

/** A commissioner opens a round: a title, the closing day and the types of need to rank. */
export const openPriorityRoundSchema = z
  .object({
    title: requiredText(TITLE_MAX, {
      missing: "Enter a title for the round",
      tooLong: `The title must be ${formatLimit(TITLE_MAX)} characters or fewer`,
    }),
    closesOn: calendarDateField("closing date"),
    needTypeIds: checkedIds(62),
  })
  .strict();

/** Close a round, or attach its combined ranking to a specification. */
export const closePriorityRoundSchema = z.object({ roundId: recordId }).strict();
export const attachPrioritiesSchema = z
  .object({
    roundId: recordId,
    specificationId: z.string({ error: "Choose a specification" }).min(1, "Choose a specification").max(40),
  })
  .strict();

/**
 * A young commissioner's ranking: the round and one number per item (`rank-<itemId>`). The numbers
 * are checked against the round's items by checkRanking (lib/domain/priorities/check-ranking.ts).
 */
export const savePriorityRankingSchema = z
  .object({
    roundId: recordId,
    ranks: z
      .record(z.string().regex(/^rank-[A-Za-z0-9_-]{1,40}$/), z.string().max(4))
      .refine((r) => Object.keys(r).length <= 62, "There are too many things in this ranking"),
  })
  .strict();

/** Groups the `rank-…` fields of a submitted form; anything else stays at the top, for `.strict()` to refuse. */
export function readRankingForm(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const ranks: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith("rank-")) ranks[key] = value;
    else out[key] = value;
  }
  return { ...out, ranks };
}
