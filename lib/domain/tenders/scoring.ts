import { Decimal } from "decimal.js";
import type { CriterionKind } from "../../generated/prisma/enums";

export const MAX_SCORE = 5;

/** The written descriptors every evaluator scores against. */
export const SCORE_DESCRIPTORS: { score: number; label: string; description: string }[] = [
  { score: 0, label: "Unacceptable", description: "No answer, or the answer does not address the question." },
  {
    score: 1,
    label: "Poor",
    description: "Major gaps or serious concerns; little confidence it would work.",
  },
  { score: 2, label: "Weak", description: "Some of the requirement is met, with significant weaknesses." },
  { score: 3, label: "Satisfactory", description: "Meets the requirement, with minor weaknesses." },
  { score: 4, label: "Good", description: "Fully meets the requirement, with clear evidence." },
  {
    score: 5,
    label: "Excellent",
    description: "Fully meets it, with strong evidence and added value for children.",
  },
];

/** The same scale in Easy Read words, shown with a face for each point. */
export const EASY_READ_SCALE: { score: number; face: string; words: string }[] = [
  { score: 0, face: "😢", words: "Very bad" },
  { score: 1, face: "🙁", words: "Bad" },
  { score: 2, face: "😕", words: "Not very good" },
  { score: 3, face: "😐", words: "Okay" },
  { score: 4, face: "🙂", words: "Good" },
  { score: 5, face: "😄", words: "Really good" },
];

export interface CriterionForScoring {
  id: string;
  kind: CriterionKind;
  weight: number;
}

export interface BidForScoring {
  id: string;
  price: Decimal | null;
  submittedAt: Date;
}

/** Lowest price ÷ bid price × weight, to 2 places; a missing or zero price scores nothing. */
export function priceScore(lowest: Decimal, price: Decimal | null, weight: number): Decimal {
  if (!price || price.lte(0) || lowest.lte(0)) return new Decimal(0);
  return lowest.div(price).mul(weight).toDecimalPlaces(2);
}

/** A 0–5 score as a share of the criterion's weight. */
export function weightedQualityScore(score: number, weight: number): Decimal {
  return new Decimal(score).div(MAX_SCORE).mul(weight).toDecimalPlaces(2);
}

export interface SpreadSummary {
  count: number;
  mean: Decimal | null;
  min: number | null;
  max: number | null;
  /** max − min: a spread of 2 or more asks for discussion before moderation. */
  spread: number | null;
}

export function spreadOf(scores: readonly number[]): SpreadSummary {
  if (!scores.length) return { count: 0, mean: null, min: null, max: null, spread: null };
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  const mean = scores
    .reduce((s, x) => s.plus(x), new Decimal(0))
    .div(scores.length)
    .toDecimalPlaces(2);
  return { count: scores.length, mean, min, max, spread: max - min };
}

export interface RankedBid {
  bidId: string;
  /** Weighted points per criterion id (price included). */
  byCriterion: Record<string, Decimal>;
  quality: Decimal;
  price: Decimal;
  total: Decimal;
  rank: number;
  /** Set when this bid's place was decided by the tie rule, naming the step that decided it. */
  tieBrokenBy: TieStep | null;
}

export type TieStep = "quality" | "price" | "submitted";

export const TIE_RULE =
  "Equal totals are separated by the higher quality score (all criteria except price), then the lower price, then the earlier submission.";

/**
 * Weighted totals and ranking. `moderated` holds the moderated 0–5 score per bid and non-price
 * criterion; every one must be present (the caller checks moderation is complete).
 */
export function rankBids(
  criteria: readonly CriterionForScoring[],
  bids: readonly BidForScoring[],
  moderated: ReadonlyMap<string, ReadonlyMap<string, number>>,
): RankedBid[] {
  const prices = bids.map((b) => b.price).filter((p): p is Decimal => !!p && p.gt(0));
  const lowest = prices.length ? Decimal.min(...prices) : new Decimal(0);
  const rows = bids.map((bid) => {
    const byCriterion: Record<string, Decimal> = {};
    let quality = new Decimal(0);
    let price = new Decimal(0);
    for (const c of criteria) {
      if (c.kind === "PRICE") {
        price = priceScore(lowest, bid.price, c.weight);
        byCriterion[c.id] = price;
      } else {
        const score = moderated.get(bid.id)?.get(c.id);
        if (score === undefined) throw new Error("rankBids: moderation is not complete");
        byCriterion[c.id] = weightedQualityScore(score, c.weight);
        quality = quality.plus(byCriterion[c.id]);
      }
    }
    return { bid, byCriterion, quality, price, total: quality.plus(price) };
  });
  const steps: [TieStep, (a: (typeof rows)[number], b: (typeof rows)[number]) => number][] = [
    ["quality", (a, b) => b.quality.comparedTo(a.quality)],
    ["price", (a, b) => comparePrice(a.bid.price, b.bid.price)],
    ["submitted", (a, b) => a.bid.submittedAt.getTime() - b.bid.submittedAt.getTime()],
  ];
  const sorted = [...rows].sort((a, b) => {
    const byTotal = b.total.comparedTo(a.total);
    if (byTotal !== 0) return byTotal;
    for (const [, cmp] of steps) {
      const r = cmp(a, b);
      if (r !== 0) return r;
    }
    return a.bid.id.localeCompare(b.bid.id);
  });
  return sorted.map((row, i) => {
    const neighbours = [sorted[i - 1], sorted[i + 1]].filter((n) => n && n.total.eq(row.total));
    let tieBrokenBy: TieStep | null = null;
    for (const n of neighbours) {
      const step = steps.find(([, cmp]) => cmp(row, n!) !== 0)?.[0] ?? "submitted";
      tieBrokenBy = tieBrokenBy ?? step;
    }
    return {
      bidId: row.bid.id,
      byCriterion: row.byCriterion,
      quality: row.quality,
      price: row.price,
      total: row.total,
      rank: i + 1,
      tieBrokenBy,
    };
  });
}

function comparePrice(a: Decimal | null, b: Decimal | null): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.comparedTo(b);
}

/** "Bidder A", "Bidder B", … "Bidder AA" for panels that hide names. */
export function bidderLabel(index: number): string {
  let n = index;
  let s = "";
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Bidder ${s}`;
}
