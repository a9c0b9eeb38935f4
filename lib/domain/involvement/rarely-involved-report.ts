import { CountCube } from "../count-cube";
import { suppressLinkedCounts, type CountStatus, type Link } from "../suppress-small-counts";
import type { SixMonthBlock } from "./six-month-blocks";

export type InvolvementDimensionName = "AGE_BAND" | "NEED_TYPE" | "GROUP";
export const REPORT_DIMENSIONS: readonly InvolvementDimensionName[] = ["AGE_BAND", "NEED_TYPE", "GROUP"];

export interface ReportGroup {
  dimension: InvolvementDimensionName;
  /** The age band, the type of need's id or the group's id, as stored on the counts. */
  key: string;
  label: string;
}

export interface ReportActivity {
  heldOn: Date;
  /** Everyone who took part; null while nothing is recorded. */
  participants: number | null;
  counts: readonly { dimension: InvolvementDimensionName; key: string; count: number }[];
}

export interface ReportCell {
  /** The number when it is shown; null when it is small or hidden. */
  count: number | null;
  status: CountStatus;
}

export interface ReportRow {
  key: string;
  label: string;
  /** One per block, oldest first, then the total over all the blocks. */
  cells: ReportCell[];
  /** No one, or too few to show, from this group took part in the latest block. */
  rarelyInvolved: boolean;
}

export interface RarelyInvolvedReport {
  blocks: SixMonthBlock[];
  threshold: number;
  /** The tables could not all be protected: publish none of them. */
  withheld: boolean;
  /** Everyone who took part, per block then in all. */
  participants: ReportCell[];
  sections: { dimension: InvolvementDimensionName; rows: ReportRow[]; totals: ReportCell[] }[];
}

/**
 * Who took part in involvement activities, per group and six-month block, as four tables suppressed
 * together with the council's threshold (the same disclosure control as every statistic,
 * docs/decisions/0006): everyone who took part per block, and the groups by age band, type of need
 * and "groups that rarely get involved". A person can be in several needs or groups but no more than
 * once in one, so each group's count is at most everyone's in that block: those links are passed on,
 * so a hidden count cannot be narrowed down through the participants row. A group is "rarely
 * involved" when its latest block is 0 or not shown (small and hidden alike, so the highlight
 * cannot tell them apart). Activities outside the blocks are ignored.
 */
export function rarelyInvolvedReport(input: {
  blocks: readonly SixMonthBlock[];
  groups: readonly ReportGroup[];
  activities: readonly ReportActivity[];
  threshold: number;
}): RarelyInvolvedReport {
  const blocks = [...input.blocks];
  const B = blocks.length;
  const blockOf = (d: Date) => blocks.findIndex((b) => d >= b.start && d <= b.end);
  const rowsOf = REPORT_DIMENSIONS.map((dim) => input.groups.filter((g) => g.dimension === dim));

  const participants = new Array<number>(B).fill(0);
  const counts = rowsOf.map((rows) => new Array<number>(rows.length * B).fill(0));
  for (const a of input.activities) {
    const b = blockOf(a.heldOn);
    if (b < 0) continue;
    participants[b] += a.participants ?? 0;
    for (const c of a.counts) {
      const t = REPORT_DIMENSIONS.indexOf(c.dimension);
      const g = rowsOf[t].findIndex((r) => r.key === c.key);
      if (g >= 0) counts[t][g * B + b] += c.count;
    }
  }

  const cubes = [new CountCube([B]), ...rowsOf.map((rows) => new CountCube([rows.length, B]))];
  const offsets = cubes.map((_, i) => cubes.slice(0, i).reduce((s, c) => s + c.size, 0));
  const links: Link[] = [];
  for (let t = 0; t < REPORT_DIMENSIONS.length; t++) {
    const cube = cubes[t + 1];
    // A person has one age band, so the age bands together are at most everyone too.
    const last = REPORT_DIMENSIONS[t] === "AGE_BAND" ? rowsOf[t].length : rowsOf[t].length - 1;
    for (let g = 0; g <= last; g++)
      for (let b = 0; b <= B; b++)
        links.push({ lo: offsets[t + 1] + cube.index([g, b]), hi: offsets[0] + cubes[0].index([b]) });
  }
  const suppressed = suppressLinkedCounts(
    [
      { dims: [B], counts: participants },
      ...counts.map((c, t) => ({ dims: [rowsOf[t].length, B], counts: c })),
    ],
    input.threshold,
    { links },
  );
  const withheld = suppressed.some((s) => s.withheld);
  const cellOf = (table: number, coords: number[]): ReportCell => {
    const s = suppressed[table];
    const i = s.cube.index(coords);
    return withheld ? { count: null, status: "hidden" } : { count: s.counts[i], status: s.status[i] };
  };
  const perBlock = (table: number, g: number | null) =>
    Array.from({ length: B + 1 }, (_, b) => cellOf(table, g === null ? [b] : [g, b]));

  return {
    blocks,
    threshold: suppressed[0].threshold,
    withheld,
    participants: perBlock(0, null),
    sections: REPORT_DIMENSIONS.map((dimension, t) => ({
      dimension,
      rows: rowsOf[t].map((r, g) => {
        const cells = perBlock(t + 1, g);
        const latest = cells[B - 1];
        return {
          key: r.key,
          label: r.label,
          cells,
          rarelyInvolved: B > 0 && (latest.status !== "shown" || latest.count === 0),
        };
      }),
      totals: perBlock(t + 1, rowsOf[t].length),
    })),
  };
}

/** A cell as a person reads it, in the page and the CSV alike. */
export function reportCellText(cell: ReportCell, threshold: number): string {
  if (cell.status === "small") return `fewer than ${threshold}`;
  if (cell.status === "hidden" || cell.count === null) return "hidden";
  return String(cell.count);
}
