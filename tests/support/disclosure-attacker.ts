/**
 * An attacker for the disclosure-control tests: given every published number, every equation
 * that links them (totals, and any relation between views) and what the labels tell
 * ("fewer than k" is 1…k−1, "hidden" is k or more, 0 is 0), it tries to work out each unpublished
 * count exactly, in whole numbers:
 *
 * 1. eliminates (exact integer Gaussian elimination): a count fixed by any combination of the
 *    equations is pinned, however many lines it takes;
 * 2. propagates bounds through the equations and the eliminated ones (the "shuttle" attack): a
 *    count squeezed to one value by the labels' bounds is pinned;
 * 3. otherwise searches for another whole-number table that differs in that count; if there is
 *    none the count is pinned, if the search runs out of budget the count is "undecided".
 *
 * `truth` only orders the search (values near the truth first); it never adds a constraint.
 */
export type Label = "shown" | "small" | "hidden" | "unpublished";

export interface Published {
  label: Label;
  /** The number published; ignored unless the label is "shown". */
  value: number;
}

export interface AttackProblem {
  threshold: number;
  cells: Record<string, Published>;
  /** Each equation: sum of coef × cell = 0. */
  equations: { id: string; coef: number }[][];
  /** value(lo) ≤ value(hi). */
  atMost?: { lo: string; hi: string }[];
}

export interface AttackResult {
  /** Unpublished cells the attacker pinned to one value, with the value. */
  pinned: Record<string, number>;
  /** Cells the search could not decide within its budget (a test should treat these as failures). */
  undecided: string[];
}

const CAP = 1_000_000;
const BUDGET = 50_000;

class OutOfBudget extends Error {}

type Row = { coef: Map<number, number>; rhs: number };

export function attack(problem: AttackProblem, truth: Record<string, number>): AttackResult {
  const k = problem.threshold;
  const unknownIds = Object.keys(problem.cells).filter((id) => problem.cells[id].label !== "shown");
  const at = new Map(unknownIds.map((id, i) => [id, i]));
  const n = unknownIds.length;
  const lo0 = unknownIds.map(
    (id) => ({ small: 1, hidden: k, unpublished: 0, shown: 0 })[problem.cells[id].label],
  );
  const hi0 = unknownIds.map((id) => (problem.cells[id].label === "small" ? k - 1 : CAP));
  const truthAt = unknownIds.map((id) => truth[id] ?? 0);

  // Equations over the unknowns only: published numbers move to the right-hand side.
  const rows: Row[] = problem.equations.map((eq) => {
    const coef = new Map<number, number>();
    let rhs = 0;
    for (const t of eq) {
      const i = at.get(t.id);
      if (i === undefined) rhs -= t.coef * problem.cells[t.id].value;
      else coef.set(i, (coef.get(i) ?? 0) + t.coef);
    }
    return { coef, rhs };
  });
  const reduced = eliminate(rows.map((r) => ({ coef: new Map(r.coef), rhs: r.rhs })));
  const pivots = new Set(reduced.map((r) => r.pivot));
  const free = [...Array(n).keys()].filter((i) => !pivots.has(i));
  const allRows = [...rows, ...reduced].filter((r) => r.coef.size > 0);
  const les = (problem.atMost ?? []).map((r) => ({ lo: at.get(r.lo), hi: at.get(r.hi), r }));

  function propagate(lo: number[], hi: number[]): boolean {
    for (let changed = true, rounds = 0; changed && rounds < 200; rounds++) {
      changed = false;
      for (const row of allRows) {
        let min = 0;
        let max = 0;
        for (const [v, c] of row.coef) {
          min += c > 0 ? c * lo[v] : c * hi[v];
          max += c > 0 ? c * hi[v] : c * lo[v];
        }
        if (min > row.rhs || max < row.rhs) return false;
        for (const [v, c] of row.coef) {
          const ownMin = c > 0 ? c * lo[v] : c * hi[v];
          const ownMax = c > 0 ? c * hi[v] : c * lo[v];
          // c·x = rhs − (the rest), and the rest lies in [min − ownMin, max − ownMax].
          const a = row.rhs - (max - ownMax);
          const b = row.rhs - (min - ownMin);
          const [l, h] = c > 0 ? [a / c, b / c] : [b / c, a / c];
          const nl = Math.max(lo[v], Math.ceil(l - 1e-9));
          const nh = Math.min(hi[v], Math.floor(h + 1e-9));
          if (nl > nh) return false;
          if (nl !== lo[v] || nh !== hi[v]) {
            lo[v] = nl;
            hi[v] = nh;
            changed = true;
          }
        }
      }
      for (const { lo: a, hi: b, r } of les) {
        const aLo = a === undefined ? problem.cells[r.lo].value : lo[a];
        const bHi = b === undefined ? problem.cells[r.hi].value : hi[b];
        if (b !== undefined && lo[b] < aLo) [lo[b], changed] = [aLo, true];
        if (a !== undefined && hi[a] > bHi) [hi[a], changed] = [bHi, true];
        if ((a !== undefined && lo[a] > hi[a]) || (b !== undefined && lo[b] > hi[b])) return false;
        if (a === undefined && b === undefined && aLo > bHi) return false;
      }
    }
    return true;
  }

  // Counts that share an equation or a link are neighbours: an alternative table changes counts
  // near the one in question, so the search decides those first.
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const row of allRows)
    for (const a of row.coef.keys()) for (const b of row.coef.keys()) neighbours[a].add(b);
  for (const { lo: a, hi: b } of les) {
    if (a === undefined || b === undefined) continue;
    neighbours[a].add(b);
    neighbours[b].add(a);
  }
  let distance: number[] = [];
  const distancesFrom = (x: number) => {
    const dist = new Array<number>(n).fill(Infinity);
    dist[x] = 0;
    for (let queue = [x]; queue.length;) {
      const next: number[] = [];
      for (const a of queue) {
        for (const b of neighbours[a]) {
          if (dist[b] !== Infinity) continue;
          dist[b] = dist[a] + 1;
          next.push(b);
        }
      }
      queue = next;
    }
    return dist;
  };
  const before = (i: number, j: number, lo: number[], hi: number[]) =>
    distance[i] !== distance[j] ? distance[i] < distance[j] : hi[i] - lo[i] < hi[j] - lo[j];

  let nodes = 0;
  /** A whole-number solution within the bounds, with at most `slack` choices away from the truth. */
  function search(lo: number[], hi: number[], slack: number): boolean {
    if (++nodes > BUDGET) throw new OutOfBudget();
    if (!propagate(lo, hi)) return false;
    let pick = -1;
    for (const i of free) if (lo[i] !== hi[i] && (pick < 0 || before(i, pick, lo, hi))) pick = i;
    if (pick < 0) {
      // Every free count is fixed; the eliminated rows fix the rest. Check it is whole and in bounds.
      for (let i = 0; i < n; i++) if (lo[i] !== hi[i]) return search2(lo, hi, slack);
      return true;
    }
    return branch(pick, lo, hi, slack);
  }
  /** Rarely, propagation leaves a pivot loose (bounds, not values): branch on it too. */
  function search2(lo: number[], hi: number[], slack: number): boolean {
    let pick = -1;
    for (let i = 0; i < n; i++) if (lo[i] !== hi[i] && (pick < 0 || before(i, pick, lo, hi))) pick = i;
    return branch(pick, lo, hi, slack);
  }
  function branch(pick: number, lo: number[], hi: number[], slack: number): boolean {
    const t = Math.min(Math.max(truthAt[pick], lo[pick]), hi[pick]);
    const order: number[] = [t];
    for (let d = 1; order.length < 60 && (t - d >= lo[pick] || t + d <= hi[pick]); d++) {
      if (t - d >= lo[pick]) order.push(t - d);
      if (t + d <= hi[pick]) order.push(t + d);
    }
    const complete = order.length === hi[pick] - lo[pick] + 1;
    for (let j = 0; j < order.length; j++) {
      const cost = j === 0 ? 0 : 1;
      if (cost > slack) break;
      const l = [...lo];
      const h = [...hi];
      l[pick] = h[pick] = order[j];
      if (search(l, h, slack - cost)) return true;
    }
    if (!complete && slack >= n) throw new OutOfBudget(); // values far from the truth left untried
    return false;
  }

  const lo = [...lo0];
  const hi = [...hi0];
  if (!propagate(lo, hi)) throw new Error("attacker: the published numbers are inconsistent");
  const pinned: Record<string, number> = {};
  const undecided: string[] = [];
  unknownIds.forEach((id, i) => {
    if (lo[i] === hi[i]) {
      pinned[id] = lo[i];
      return;
    }
    const v = truthAt[i];
    distance = distancesFrom(i);
    /** Whether some whole-number table has this count in [l, h]: few changes first, then all. */
    const differs = (l: number, h: number, exhaustive: boolean) => {
      if (l > h) return false;
      const a = [...lo];
      const b = [...hi];
      a[i] = l;
      b[i] = h;
      if (exhaustive) {
        nodes = 0;
        return search(a, b, n);
      }
      for (const slack of [0, 1, 2, 3, 4, 5, 6]) {
        nodes = 0;
        try {
          if (search([...a], [...b], slack)) return true;
        } catch (e) {
          if (!(e instanceof OutOfBudget)) throw e;
        }
      }
      return false;
    };
    try {
      const quick = differs(lo[i], v - 1, false) || differs(v + 1, hi[i], false);
      if (!quick && !differs(lo[i], v - 1, true) && !differs(v + 1, hi[i], true)) pinned[id] = v;
    } catch (e) {
      if (e instanceof OutOfBudget) undecided.push(id);
      else throw e;
    }
  });
  return { pinned, undecided };
}

/** Integer Gauss–Jordan elimination: each row gets a pivot that no other row mentions. */
function eliminate(rows: Row[]): (Row & { pivot: number })[] {
  const out: (Row & { pivot: number })[] = [];
  for (const row of rows) {
    for (const done of out) substitute(row, done);
    normalise(row);
    const pivot = [...row.coef.keys()].sort((a, b) => a - b)[0];
    if (pivot === undefined) {
      if (row.rhs !== 0) throw new Error("attacker: the equations contradict each other");
      continue;
    }
    const pivoted = { ...row, pivot };
    for (const done of out) substitute(done, pivoted);
    out.push(pivoted);
  }
  return out;
}

/** Removes `by.pivot` from `row` using `by` (all whole numbers). */
function substitute(row: Row, by: Row & { pivot: number }) {
  const c = row.coef.get(by.pivot);
  if (!c) return;
  const p = by.coef.get(by.pivot)!;
  for (const [v, x] of row.coef) row.coef.set(v, x * p);
  row.rhs *= p;
  for (const [v, x] of by.coef) {
    const next = (row.coef.get(v) ?? 0) - c * x;
    if (next === 0) row.coef.delete(v);
    else row.coef.set(v, next);
  }
  row.rhs -= c * by.rhs;
  normalise(row);
}

function normalise(row: Row) {
  let g = Math.abs(row.rhs);
  for (const x of row.coef.values()) g = gcd(g, Math.abs(x));
  if (g > 1) {
    for (const [v, x] of row.coef) row.coef.set(v, x / g);
    row.rhs /= g;
  }
  if (!Number.isSafeInteger(row.rhs)) throw new Error("attacker: numbers grew too large");
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
