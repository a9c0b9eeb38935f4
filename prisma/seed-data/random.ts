import { randomBytes } from "node:crypto";

/** A small seeded PRNG (mulberry32), so the demo data is the same on every run. */
export class Rng {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === "number" ? seed >>> 0 : hashString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/** FNV-1a: turns a label such as "northshire:register" into a PRNG seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A cuid-shaped id ("c" + 24 base-36 characters) from the system's secure random source. Ids are
 * made here rather than by the database so related rows can be inserted with createMany; they
 * are deliberately not derived from the seeded PRNG, so they stay unguessable.
 */
export function newId(): string {
  const n = BigInt("0x" + randomBytes(15).toString("hex"));
  return "c" + n.toString(36).padStart(24, "0").slice(-24);
}

const RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Receipt codes like "FB-7K2M9Q", without look-alike characters, unique within one call's set. */
export function receiptCodes(rng: Rng, count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let code = "FB-";
    for (let i = 0; i < 6; i++) code += RECEIPT_ALPHABET[rng.int(0, RECEIPT_ALPHABET.length - 1)];
    codes.add(code);
  }
  return [...codes];
}
