import { z } from "zod";

/** Most releases on one page of the OCDS feed; larger asks get this many. */
export const OCDS_MAX_LIMIT = 500;

/** Where a page of releases starts: after this release (date, then id), as the feed orders them. */
export const ocdsCursorSchema = z.object({ d: z.iso.datetime(), i: z.string().min(1).max(400) }).strict();
export type OcdsCursor = z.infer<typeof ocdsCursorSchema>;

export function encodeOcdsCursor(c: OcdsCursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/** The cursor from `links.next`: base64url JSON, parsed with zod; anything else starts from the beginning. */
const cursorField = z
  .string()
  .max(1200)
  .transform((s, ctx) => {
    try {
      return JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "Not a cursor" });
      return z.NEVER;
    }
  })
  .pipe(ocdsCursorSchema);

/** `GET /api/ocds/<slug>/releases`: paged by date. */
export const ocdsReleasesSearchSchema = z.object({
  cursor: cursorField.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .transform((n) => Math.min(n, OCDS_MAX_LIMIT))
    .default(100),
});
