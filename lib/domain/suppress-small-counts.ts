import { CountCube } from "./count-cube";

/**
 * Disclosure control for tables of counts with all their totals (docs/decisions/0006).
 *
 * - "small": a count from 1 to k−1 (primary suppression), shown as "fewer than k".
 * - "hidden": a larger count hidden so that no small one can be worked out (secondary suppression).
 * - "shown": published as it is; zero is shown as 0.
 *
 * Guarantee: for every small or hidden cell there is another set of tables, different in that
 * cell, that agrees with every published number and every total, has every small cell in 1…k−1,
 * every hidden cell at k or more, every zero at zero, and keeps the links between the tables. So
 * nobody can work out any hidden count exactly from the published numbers, whichever slices of
 * the tables are shown side by side. Every view must therefore be a slice of these tables.
 */
export type CountStatus = "shown" | "small" | "hidden";

export interface CountTableInput {
  /** Categories in each dimension, e.g. [districts, age bands, needs]. */
  dims: readonly number[];
  /** Inner counts, row-major (last dimension fastest). Totals are worked out here. */
  counts: readonly number[];
}

export interface SuppressedCounts {
  cube: CountCube;
  threshold: number;
  /** By cell index (totals included): the count when shown, null when small or hidden. */
  counts: readonly (number | null)[];
  status: readonly CountStatus[];
  /** The cells could not all be protected: publish none of the table. */
  withheld: boolean;
}

/** Several tables' cells numbered one after the other, so moves and links can span tables. */
export class TableSet {
  readonly offsets: number[] = [];
  readonly size: number;
  constructor(readonly cubes: CountCube[]) {
    let at = 0;
    for (const c of cubes) {
      this.offsets.push(at);
      at += c.size;
    }
    this.size = at;
  }
  id(table: number, cell: number): number {
    return this.offsets[table] + cell;
  }
  locate(id: number): { table: number; cell: number } {
    let t = this.offsets.length - 1;
    while (this.offsets[t] > id) t--;
    return { table: t, cell: id - this.offsets[t] };
  }
}

/** Cells that change together (by +sign or −sign times one step) so every total still adds up. */
export interface Move {
  cells: number[];
  signs: number[];
}

/** value(lo) ≤ value(hi): something anyone can infer between two cells (for example across tables). */
export interface Link {
  lo: number;
  hi: number;
}

export interface LinkedOptions {
  links?: Link[];
  /** The moves through a cell to try; by default the hypercube moves within its own table. */
  moves?: (set: TableSet, id: number) => Iterable<Move>;
}

export function suppressSmallCounts(input: CountTableInput, threshold: number): SuppressedCounts {
  return suppressLinkedCounts([input], threshold)[0];
}

/** Suppresses tables that are published together, so that together they reveal no small count. */
export function suppressLinkedCounts(
  inputs: readonly CountTableInput[],
  threshold: number,
  options: LinkedOptions = {},
): SuppressedCounts[] {
  const k = Math.max(1, Math.floor(threshold));
  const set = new TableSet(inputs.map((t) => new CountCube(t.dims)));
  const value = inputs.flatMap((t, i) => set.cubes[i].withTotals(t.counts));
  if (value.some((v) => !Number.isInteger(v) || v < 0)) throw new Error("Counts must be whole numbers");
  const status: CountStatus[] = value.map((v) => (v >= 1 && v < k ? "small" : "shown"));
  const lines = set.cubes.flatMap((c, t) => c.lines().map((line) => line.map((cell) => set.id(t, cell))));
  const moves = options.moves ?? hypercubeMoves;
  const linksOf = new Map<number, Link[]>();
  for (const l of options.links ?? []) {
    for (const c of [l.lo, l.hi]) linksOf.set(c, [...(linksOf.get(c) ?? []), l]);
  }
  const safe = new Set<number>();

  /** Whether the cell could be v in another table, as far as anyone outside can know. */
  const allowed = (i: number, v: number, hideShown: boolean) => {
    if (value[i] === 0) return false; // zeros are published, so they cannot move
    if (status[i] === "shown" && !hideShown) return false;
    return status[i] === "small" ? v >= 1 && v <= k - 1 : v >= k;
  };
  /** The step (+1 or −1 along the move) that keeps every cell and link plausible, or null. */
  const feasible = (move: Move, hideShown: boolean): number | null => {
    const sign = new Map(move.cells.map((c, j) => [c, move.signs[j]]));
    const after = (c: number, step: number) => value[c] + step * (sign.get(c) ?? 0);
    for (const step of [1, -1]) {
      if (!move.cells.every((c, j) => allowed(c, value[c] + step * move.signs[j], hideShown))) continue;
      const linksKept = move.cells.every((c) =>
        (linksOf.get(c) ?? []).every((l) => after(l.lo, step) <= after(l.hi, step)),
      );
      if (linksKept) return step;
    }
    return null;
  };
  const isProtected = (id: number): boolean => {
    for (const move of moves(set, id)) {
      if (feasible(move, false) !== null) {
        // Every cell of a working move changes with it, so each is protected too.
        for (const c of move.cells) safe.add(c);
        return true;
      }
    }
    return false;
  };

  for (;;) {
    applyLineRule(lines, value, status);
    const exposed = status.findIndex((s, i) => s !== "shown" && !safe.has(i) && !isProtected(i));
    if (exposed < 0) break;
    const fix = cheapestMove(moves(set, exposed), set, value, status, feasible);
    if (!fix)
      return set.cubes.map((cube, t) => withheld(cube, k, value.slice(set.id(t, 0), set.id(t, cube.size))));
    for (const c of fix.cells) {
      if (status[c] === "shown") status[c] = "hidden";
      safe.add(c);
    }
  }
  return set.cubes.map((cube, t) => {
    const from = set.id(t, 0);
    const st = status.slice(from, from + cube.size);
    return {
      cube,
      threshold: k,
      counts: st.map((s, i) => (s === "shown" ? value[from + i] : null)),
      status: st,
      withheld: false,
    };
  });
}

/**
 * The rule of thumb first: while any line (a row, a column, the row totals, …) has exactly one
 * unpublished cell, hide one more: the smallest non-zero shown cell of that line, or else its total.
 */
function applyLineRule(lines: number[][], value: number[], status: CountStatus[]) {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter((c) => status[c] !== "shown").length !== 1) continue;
      const candidates = line.filter((c) => status[c] === "shown" && value[c] > 0);
      if (candidates.length === 0) continue;
      const inner = candidates.filter((c) => c !== line[line.length - 1]);
      const pool = inner.length ? inner : candidates;
      const pick = pool.reduce((a, b) => (value[b] < value[a] || (value[b] === value[a] && b < a) ? b : a));
      status[pick] = "hidden";
      changed = true;
    }
  }
}

/**
 * The "hypercube" moves through a cell within its table: in every dimension pick one other index
 * (another category, or the total); the 2^N corners change by ±1 so every line still adds up.
 * Along a dimension two categories move in opposite directions, a category and its total together.
 */
export function* hypercubeMoves(set: TableSet, id: number): Generator<Move> {
  const { table, cell } = set.locate(id);
  for (const m of cubeMoves(set.cubes[table], cell)) {
    yield { cells: m.cells.map((c) => set.id(table, c)), signs: m.signs };
  }
}

/** Hypercube moves through one cell of one cube, in that cube's own cell indexes. */
export function* cubeMoves(cube: CountCube, cell: number): Generator<Move> {
  const at = cube.coords(cell);
  const n = at.length;
  const options = at.map((c, d) => {
    const all: number[] = [];
    for (let o = 0; o <= cube.dims[d]; o++) if (o !== c) all.push(o);
    return all;
  });
  if (options.some((o) => o.length === 0)) return;
  const pick = new Array<number>(n).fill(0);
  for (;;) {
    const partner = pick.map((p, d) => options[d][p]);
    const flip = partner.map((p, d) => (p !== cube.dims[d] && at[d] !== cube.dims[d] ? -1 : 1));
    const cells: number[] = [];
    const signs: number[] = [];
    for (let mask = 0; mask < 1 << n; mask++) {
      let c = cell;
      let sign = 1;
      for (let d = 0; d < n; d++) {
        if (mask & (1 << d)) {
          c = cube.moveAlong(c, d, partner[d]);
          sign *= flip[d];
        }
      }
      cells.push(c);
      signs.push(sign);
    }
    yield { cells, signs };
    let d = n - 1;
    while (d >= 0 && ++pick[d] === options[d].length) pick[d--] = 0;
    if (d < 0) return;
  }
}

/** The move that needs the fewest (then fewest totals, then smallest) further cells hidden. */
function cheapestMove(
  candidates: Iterable<Move>,
  set: TableSet,
  value: number[],
  status: CountStatus[],
  feasible: (move: Move, hideShown: boolean) => number | null,
): Move | null {
  let best: { move: Move; cost: number[] } | null = null;
  for (const move of candidates) {
    if (feasible(move, true) === null) continue;
    const added = move.cells.filter((c) => status[c] === "shown");
    const cost = [
      added.length,
      added.filter((c) => {
        const { table, cell } = set.locate(c);
        return set.cubes[table].isTotal(cell);
      }).length,
      added.reduce((s, c) => s + value[c], 0),
    ];
    if (!best || lexLess(cost, best.cost)) best = { move, cost };
  }
  return best?.move ?? null;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

function withheld(cube: CountCube, k: number, value: number[]): SuppressedCounts {
  return {
    cube,
    threshold: k,
    counts: value.map(() => null),
    status: value.map((v) => (v >= 1 && v < k ? "small" : "hidden")),
    withheld: true,
  };
}
