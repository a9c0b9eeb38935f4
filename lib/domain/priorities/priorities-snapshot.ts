import { z } from "zod";
import { ordinal } from "./ordinal";

/**
 * Young commissioners' combined priorities as kept on a specification (`Specification.prioritiesSnapshot`):
 * a copy taken when a commissioner attaches it, so later rankings never change a specification
 * silently. Names, not ids, so it reads the same after renames; no one's own ranking, no names of people.
 */
export interface PrioritiesSnapshot {
  roundId: string;
  title: string;
  takenAt: string;
  /** Whether the round was closed when the copy was taken (later rankings could still come in if not). */
  roundClosed: boolean;
  participants: number;
  items: { name: string; points: number; meanRank: number | null; place: number; joint: boolean }[];
}

const snapshotSchema = z.object({
  roundId: z.string(),
  title: z.string(),
  takenAt: z.string(),
  roundClosed: z.boolean(),
  participants: z.number().int().nonnegative(),
  items: z.array(
    z.object({
      name: z.string(),
      points: z.number().int().nonnegative(),
      meanRank: z.number().nullable(),
      place: z.number().int().positive(),
      joint: z.boolean(),
    }),
  ),
});

/** Reads a stored snapshot; null when there is none or it cannot be read. */
export function readPrioritiesSnapshot(json: unknown): PrioritiesSnapshot | null {
  const parsed = snapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** "1st", "joint 2nd": a place as people say it. */
export function placeText(place: number, joint: boolean): string {
  return `${joint ? "joint " : ""}${ordinal(place)}`;
}
