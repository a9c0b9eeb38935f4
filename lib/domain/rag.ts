import { Decimal } from "decimal.js";

export type Rag = "GREEN" | "AMBER" | "RED";
export const RAGS = ["RED", "AMBER", "GREEN"] as const satisfies readonly Rag[];

/** Red, amber or green for an actual against its target: green at or above `green`% of target, amber at or above `amber`%. */
export function ragFor(
  actual: { toString(): string },
  target: { toString(): string },
  greenPercent: { toString(): string } = 95,
  amberPercent: { toString(): string } = 80,
): Rag {
  const t = new Decimal(target.toString());
  if (t.lte(0)) return "GREEN";
  const pct = new Decimal(actual.toString()).div(t).mul(100);
  if (pct.gte(greenPercent.toString())) return "GREEN";
  if (pct.gte(amberPercent.toString())) return "AMBER";
  return "RED";
}

const SEVERITY: Record<Rag, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** A contract's RAG: the worst of its KPIs' RAGs; null when no KPI has a result yet. */
export function worstRag(rags: readonly (Rag | null)[]): Rag | null {
  let worst: Rag | null = null;
  for (const r of rags) if (r && (!worst || SEVERITY[r] > SEVERITY[worst])) worst = r;
  return worst;
}

export const RAG_LABEL: Record<Rag, string> = { GREEN: "Green", AMBER: "Amber", RED: "Red" };
