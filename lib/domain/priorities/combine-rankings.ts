/**
 * The combine rule (docs/decisions/0037): a Borda count. In each ranking of n items the item
 * ranked 1st gets n − 1 points, 2nd n − 2, … last 0; an item's score is its points over all
 * rankings. Items with equal points share a place. The mean rank is shown beside, for reading.
 */
export const COMBINE_RULE_SENTENCE =
  "Combined by a Borda count: in each young commissioner's ranking of n things, 1st gets n − 1 points, 2nd n − 2, and last 0; the most points comes first, and equal points share a place.";

export interface CombinedItem {
  itemId: string;
  name: string;
  points: number;
  /** Average of the ranks given (1 = most important), to one decimal place; null when nobody ranked. */
  meanRank: number | null;
  /** 1-based; equal points share the place ("joint 2nd"). */
  place: number;
  joint: boolean;
}

export interface CombinedRanking {
  participants: number;
  items: CombinedItem[];
}

/**
 * Combines rankings (each the round's item ids, most important first). A ranking that does not
 * list exactly the round's items (saved before the round changed, or corrupted) is left out.
 */
export function combineRankings(
  items: readonly { id: string; name: string }[],
  rankings: readonly (readonly string[])[],
): CombinedRanking {
  const n = items.length;
  const ids = new Set(items.map((i) => i.id));
  const valid = rankings.filter(
    (r) => r.length === n && new Set(r).size === n && r.every((id) => ids.has(id)),
  );
  const points = new Map(items.map((i) => [i.id, 0]));
  const rankSum = new Map(items.map((i) => [i.id, 0]));
  for (const order of valid)
    order.forEach((id, index) => {
      points.set(id, points.get(id)! + (n - 1 - index));
      rankSum.set(id, rankSum.get(id)! + index + 1);
    });
  // Equal points keep the round's own order (items come in position order).
  const sorted = items
    .map((item, position) => ({ item, position, points: points.get(item.id)! }))
    .sort((a, b) => b.points - a.points || a.position - b.position);
  const combined = sorted.map((s): CombinedItem => {
    const place = sorted.findIndex((t) => t.points === s.points) + 1;
    return {
      itemId: s.item.id,
      name: s.item.name,
      points: s.points,
      meanRank: valid.length ? Math.round((rankSum.get(s.item.id)! / valid.length) * 10) / 10 : null,
      place,
      joint: sorted.filter((t) => t.points === s.points).length > 1,
    };
  });
  return { participants: valid.length, items: combined };
}
