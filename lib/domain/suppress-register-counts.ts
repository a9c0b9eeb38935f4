import { CountCube } from "./count-cube";
import {
  cubeMoves,
  hypercubeMoves,
  suppressLinkedCounts,
  suppressSmallCounts,
  type Link,
  type Move,
  type SuppressedCounts,
  type TableSet,
} from "./suppress-small-counts";

export interface RegisterCountsInput {
  districts: number;
  ageBands: number;
  needs: number;
  /** Children by district × age band (row-major). */
  children: readonly number[];
  /** Children by district × age band × need: a child is counted under each of their needs. */
  needCounts: readonly number[];
  /** Children by district × age band with no need recorded (default: none). */
  withoutNeeds?: readonly number[];
}

/**
 * The register's two published tables, suppressed together: children (district × age band) and
 * children by need (district × age band × need). They are linked — children with a need ≤ children
 * ≤ needs recorded (where every child has a need) — so protection also tries "moving children":
 * the same change in the children table and in one need's slice (with the all-needs total).
 */
export function suppressRegisterCounts(
  input: RegisterCountsInput,
  threshold: number,
): { children: SuppressedCounts; needs: SuppressedCounts } {
  const { districts: D, ageBands: A, needs: N } = input;
  const childCube = new CountCube([D, A]);
  const needCube = new CountCube([D, A, N]);
  const withoutNeeds = childCube.withTotals(input.withoutNeeds ?? new Array(D * A).fill(0));
  const child = (d: number, a: number) => childCube.index([d, a]);
  const need = (d: number, a: number, n: number) => childCube.size + needCube.index([d, a, n]);

  const links: Link[] = [];
  for (let c = 0; c < childCube.size; c++) {
    const [d, a] = childCube.coords(c);
    for (let n = 0; n < N; n++) links.push({ lo: need(d, a, n), hi: c });
    if (withoutNeeds[c] === 0) links.push({ lo: c, hi: need(d, a, N) });
  }

  // Sets of needs a moved child may have: each need alone, and each pair.
  const needSets: number[][] = [];
  for (let i = 0; i < N; i++) {
    needSets.push([i]);
    for (let j = i + 1; j < N; j++) needSets.push([i, j]);
  }

  function* moves(set: TableSet, id: number): Generator<Move> {
    yield* hypercubeMoves(set, id);
    const { table, cell } = set.locate(id);
    const [d, a, n] = table === 0 ? [...childCube.coords(cell), -1] : needCube.coords(cell);
    const sets = n >= 0 && n < N ? needSets.filter((s) => s.includes(n)) : needSets;
    for (const plane of cubeMoves(childCube, child(d, a))) {
      for (const s of sets) {
        // Children with the needs `s` counted in other places: the children table, each of
        // their needs, and the all-needs total (once per need) change together.
        const cells: number[] = [];
        const signs: number[] = [];
        plane.cells.forEach((c, j) => {
          const [pd, pa] = childCube.coords(c);
          const sign = plane.signs[j];
          cells.push(c, ...s.map((x) => need(pd, pa, x)), need(pd, pa, N));
          signs.push(sign, ...s.map(() => sign), sign * s.length);
        });
        yield { cells, signs };
      }
    }
  }

  const [children, needs] = suppressLinkedCounts(
    [
      { dims: [D, A], counts: input.children },
      { dims: [D, A, N], counts: input.needCounts },
    ],
    threshold,
    { links, moves },
  );
  if (!needs.withheld) return { children, needs };
  // The need table cannot be published safely: publish the children table alone (no links then).
  return { children: suppressSmallCounts({ dims: [D, A], counts: input.children }, threshold), needs };
}
