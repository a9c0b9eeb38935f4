import { ordinal } from "./ordinal";

/** One item to rank, as the form shows it. */
export interface RankableItem {
  id: string;
  name: string;
}

export type RankingCheck =
  { ok: true; order: string[] } | { ok: false; message: string; fieldErrors: Record<string, string> };

/** The form field that holds an item's number. */
export const rankField = (itemId: string) => `rank-${itemId}`;

/**
 * A young commissioner's numbers, one per item (`rank-<itemId>` → "1".."n"), checked: every item
 * has a number from 1 to n, no two items share one (so none is missed), and nothing names an item
 * that is not in the round. Returns the item ids most important first, or what to put right.
 */
export function checkRanking(
  items: readonly RankableItem[],
  ranks: Readonly<Record<string, unknown>>,
): RankingCheck {
  const n = items.length;
  const fieldErrors: Record<string, string> = {};
  const known = new Set(items.map((i) => rankField(i.id)));
  const unknown = Object.keys(ranks).filter((k) => k.startsWith("rank-") && !known.has(k));
  if (unknown.length > 0)
    return {
      ok: false,
      message:
        "The list of things to rank has changed. Reload the page and rank them again. Nothing was saved.",
      fieldErrors: {},
    };

  const byRank = new Map<number, RankableItem[]>();
  for (const item of items) {
    const raw = ranks[rankField(item.id)];
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") {
      fieldErrors[rankField(item.id)] = `Choose a number for ${item.name}`;
      continue;
    }
    const rank = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(rank) || rank < 1 || rank > n) {
      fieldErrors[rankField(item.id)] = `Choose a number from 1 to ${n} for ${item.name}`;
      continue;
    }
    byRank.set(rank, [...(byRank.get(rank) ?? []), item]);
  }
  for (const [rank, same] of byRank) {
    if (same.length < 2) continue;
    const names = same.map((i) => i.name);
    const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    for (const item of same)
      fieldErrors[rankField(item.id)] ??=
        `${list} are ${same.length === 2 ? "both" : "all"} ${ordinal(rank)}. Give each thing a different number`;
  }
  if (Object.keys(fieldErrors).length > 0) {
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((r) => !byRank.has(r));
    const gaps =
      missing.length > 0 && byRank.size > 0 ? ` Nothing is ${missing.map(ordinal).join(", ")} yet.` : "";
    return {
      ok: false,
      message: `Give each thing a different number from 1 to ${n}.${gaps} Nothing was saved.`,
      fieldErrors,
    };
  }
  const order = Array.from({ length: n }, (_, i) => byRank.get(i + 1)![0].id);
  return { ok: true, order };
}
