import { Decimal } from "decimal.js";
import { CountCube } from "../count-cube";
import { suppressSmallCounts, type CountStatus } from "../suppress-small-counts";

export interface SummaryCell {
  /** Null when the count is small or hidden (then the money is withheld too). */
  count: number | null;
  status: CountStatus;
  total: Decimal | null;
}

/**
 * Running budgets as a type × district × age band table with its totals, counts suppressed by the
 * council's threshold as every statistic is (docs/decisions/0006), and the money of a cell shown
 * only where its count is: a total of one or two budgets would tell the amount of a child's.
 * Every view is a margin of the one suppressed table, so the views cannot be combined to undo it.
 */
export function budgetSummaryTable(
  rows: readonly { type: number; district: number; ageBand: number; amount: { toString(): string } }[],
  dims: { types: number; districts: number; ageBands: number },
  threshold: number,
) {
  const cube = new CountCube([dims.types, dims.districts, dims.ageBands]);
  const inner = dims.types * dims.districts * dims.ageBands;
  const counts = new Array<number>(inner).fill(0);
  const money = Array.from({ length: cube.size }, () => new Decimal(0));
  for (const r of rows) {
    counts[(r.type * dims.districts + r.district) * dims.ageBands + r.ageBand] += 1;
    // Add the amount to the cell and to every total it belongs to.
    for (const t of [r.type, dims.types])
      for (const d of [r.district, dims.districts])
        for (const a of [r.ageBand, dims.ageBands]) {
          const i = cube.index([t, d, a]);
          money[i] = money[i].plus(r.amount.toString());
        }
  }
  const suppressed = suppressSmallCounts(
    { dims: [dims.types, dims.districts, dims.ageBands], counts },
    threshold,
  );
  const cell = (t: number, d: number, a: number): SummaryCell => {
    const i = cube.index([t, d, a]);
    const shown = !suppressed.withheld && suppressed.status[i] === "shown";
    return {
      count: shown ? suppressed.counts[i] : null,
      status: suppressed.withheld ? "hidden" : suppressed.status[i],
      total: shown ? money[i] : null,
    };
  };
  const T = dims.types;
  const D = dims.districts;
  const A = dims.ageBands;
  return {
    withheld: suppressed.withheld,
    all: cell(T, D, A),
    byType: Array.from({ length: T }, (_, t) => cell(t, D, A)),
    byDistrict: Array.from({ length: D }, (_, d) => cell(T, d, A)),
    byAgeBand: Array.from({ length: A }, (_, a) => cell(T, D, a)),
  };
}
