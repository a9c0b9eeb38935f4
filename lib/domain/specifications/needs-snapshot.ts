import { z } from "zod";

/** The needs figures a specification started from, as stored in `Specification.needsSnapshot`. */
export interface NeedsSnapshot {
  takenAt: string;
  threshold: number | null;
  /** Children on the register by district (null = suppressed) and the rate per 1,000 children. */
  districts: { district: string; children: number | null; ratePer1000: number | null }[];
  services: { district: string; serviceType: string; count: number }[];
  contracts: { district: string; serviceType: string; count: number }[];
  feedback: { theme: string; count: number }[];
}

const count = z.number().int().nonnegative();
const current = z.object({
  takenAt: z.string(),
  threshold: z.number().int().nullable(),
  districts: z.array(
    z.object({ district: z.string(), children: count.nullable(), ratePer1000: z.number().nullable() }),
  ),
  services: z.array(z.object({ district: z.string(), serviceType: z.string(), count })),
  contracts: z.array(z.object({ district: z.string(), serviceType: z.string(), count })),
  feedback: z.array(z.object({ theme: z.string(), count })),
});

// Older snapshots (the demo data's) hold the register counts by district only.
const districtsOnly = z.object({
  takenOn: z.string(),
  threshold: z.number().int().nullable().optional(),
  rows: z.array(z.object({ district: z.string(), children: count.nullable() })),
});

/** Reads a stored snapshot of either shape; null when there is none or it cannot be read. */
export function readNeedsSnapshot(json: unknown): NeedsSnapshot | null {
  const now = current.safeParse(json);
  if (now.success) return now.data;
  const old = districtsOnly.safeParse(json);
  if (!old.success) return null;
  return {
    takenAt: `${old.data.takenOn}T00:00:00.000Z`,
    threshold: old.data.threshold ?? null,
    districts: old.data.rows.map((r) => ({ ...r, ratePer1000: null })),
    services: [],
    contracts: [],
    feedback: [],
  };
}
