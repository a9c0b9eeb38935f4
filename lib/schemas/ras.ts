import { z } from "zod";
import type { RasDefinition } from "../domain/ras/ras-definition";

/**
 * The shape of a stored RAS definition (RasDraft and RasConfiguration `definition`). Stored JSON is
 * parsed with it on every read; whether the content makes sense is checkRasConfiguration's job.
 */
const option = z.object({ label: z.string(), points: z.number() }).strict();
const question = z.object({ code: z.string(), label: z.string(), options: z.array(option) }).strict();
const domain = z.object({ code: z.string(), label: z.string(), questions: z.array(question) }).strict();
const band = z.object({ fromPoints: z.number(), toPoints: z.number(), amount: z.string() }).strict();

export const rasDefinitionSchema = z
  .object({
    domains: z.array(domain),
    rule: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("PER_POINT"), poundsPerPoint: z.string() }).strict(),
      z.object({ kind: z.literal("BANDS"), bands: z.array(band) }).strict(),
    ]),
    floor: z.string(),
    ceiling: z.string(),
  })
  .strict() satisfies z.ZodType<RasDefinition>;

/** Reads a stored definition; a row that does not fit is a bug, not a user's mistake. */
export function readRasDefinition(json: unknown): RasDefinition {
  return rasDefinitionSchema.parse(json);
}

/** Answers as stored on an assessment: question code → chosen option's index. */
export const rasAnswersSchema = z.record(z.string(), z.number().int().min(0));
