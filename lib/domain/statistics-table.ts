import type { AgeBand } from "../generated/prisma/enums";
import { AGE_BANDS } from "./age-band";
import { CountCube } from "./count-cube";
import type { CountStatus, SuppressedCounts } from "./suppress-small-counts";

export const STATISTICS_VIEWS = ["district-age", "district-need", "age-need"] as const;
export type StatisticsView = (typeof STATISTICS_VIEWS)[number];

export const STATISTICS_VIEW_LABEL: Record<StatisticsView, string> = {
  "district-age": "District and age band",
  "district-need": "Type of need and district",
  "age-need": "Type of need and age band",
};

/** What a data function returns: the register's counts, suppressed once, and what they mean. */
export interface RegisterStatistics {
  councilName: string;
  threshold: number;
  /** When the counts were taken (ages are worked out on this UTC date). */
  asOf: Date;
  populationYear: number | null;
  districts: { id: string; name: string }[];
  needTypes: { id: string; name: string }[];
  /** Children by district × age band (each child once). */
  children: SuppressedCounts;
  /** Children by district × age band × need: a child is counted under each of their needs. */
  needs: SuppressedCounts;
  /** Population by district × age band, on a CountCube([districts, age bands]); null where unknown. */
  population: (number | null)[];
}

export interface StatisticsQuery {
  view: StatisticsView;
  districtId?: string;
  needTypeId?: string;
  ageBand?: AgeBand;
}

export interface StatisticsCell {
  status: CountStatus;
  /** Null unless shown. */
  count: number | null;
  /** Per 1,000 children of the same district and age band; only where the count is shown. */
  ratePer1000: number | null;
}

export interface StatisticsRow {
  label: string;
  isTotal: boolean;
  cells: StatisticsCell[];
}

export interface StatisticsTable {
  title: string;
  rowHeading: string;
  columnHeading: string;
  columns: { label: string; isTotal: boolean }[];
  rows: StatisticsRow[];
  /** The dimension held at one value in this table (a filter, or "all"). */
  fixed: { heading: string; value: string };
  /** Counts are of needs (a child under each of their needs) rather than of children. */
  countsNeeds: boolean;
  threshold: number;
  withheld: boolean;
}

const ALL_DISTRICTS = "All districts";
const ALL_AGES = "All ages";
const ALL_NEEDS = "All types of need";

/**
 * One view of the statistics as a table. Every number is a cell of the same suppressed tables
 * (`children` or `needs`), never recomputed, so any two views agree and together reveal nothing
 * that one suppressed table does not. Returns null when a filter names nothing in this council.
 */
export function statisticsTable(stats: RegisterStatistics, query: StatisticsQuery): StatisticsTable | null {
  const D = stats.districts.length;
  const A = AGE_BANDS.length;
  const N = stats.needTypes.length;
  const d = query.districtId ? stats.districts.findIndex((x) => x.id === query.districtId) : D;
  const a = query.ageBand ? AGE_BANDS.findIndex((x) => x.band === query.ageBand) : A;
  const n = query.needTypeId ? stats.needTypes.findIndex((x) => x.id === query.needTypeId) : N;
  if (d < 0 || a < 0 || n < 0) return null;

  const popCube = new CountCube([D, A]);
  const districtAxis = axis(D, d, (i) => stats.districts[i].name, ALL_DISTRICTS);
  const ageAxis = axis(A, a, (i) => AGE_BANDS[i].label, ALL_AGES);
  const needAxis = axis(N, n, (i) => stats.needTypes[i].name, ALL_NEEDS);

  const cell = (
    source: SuppressedCounts,
    at: number[],
    popAt: number[],
    withRate: boolean,
  ): StatisticsCell => {
    const i = source.cube.index(at);
    const count = source.counts[i];
    const pop = stats.population[popCube.index(popAt)];
    const ratePer1000 = withRate && count !== null && pop ? Math.round((count / pop) * 10_000) / 10 : null;
    return { status: source.status[i], count, ratePer1000 };
  };

  const base = { threshold: stats.threshold };
  if (query.view === "district-age") {
    const source = n === N ? stats.children : stats.needs;
    const needName = n === N ? null : stats.needTypes[n].name;
    return {
      ...base,
      title: `Children on the register by district and age band${needName ? `, with ${lower(needName)}` : ""}`,
      rowHeading: "District",
      columnHeading: "Age band",
      columns: ageAxis.map(({ label, isTotal }) => ({ label, isTotal })),
      rows: districtAxis.map((row) => ({
        label: row.label,
        isTotal: row.isTotal,
        cells: ageAxis.map((col) =>
          cell(source, n === N ? [row.at, col.at] : [row.at, col.at, n], [row.at, col.at], true),
        ),
      })),
      fixed: { heading: "Type of need", value: needName ?? "Any (each child counted once)" },
      countsNeeds: false,
      withheld: source.withheld,
    };
  }
  if (query.view === "district-need") {
    return {
      ...base,
      title: `Children on the register by type of need and district${a === A ? "" : `, aged ${AGE_BANDS[a].label}`}`,
      rowHeading: "Type of need",
      columnHeading: "District",
      columns: districtAxis.map(({ label, isTotal }) => ({ label, isTotal })),
      rows: needAxis.map((row) => ({
        label: row.label,
        isTotal: row.isTotal,
        cells: districtAxis.map((col) => cell(stats.needs, [col.at, a, row.at], [col.at, a], !row.isTotal)),
      })),
      fixed: { heading: "Age band", value: a === A ? ALL_AGES : AGE_BANDS[a].label },
      countsNeeds: true,
      withheld: stats.needs.withheld,
    };
  }
  return {
    ...base,
    title: `Children on the register by type of need and age band${d === D ? "" : ` in ${stats.districts[d].name}`}`,
    rowHeading: "Type of need",
    columnHeading: "Age band",
    columns: ageAxis.map(({ label, isTotal }) => ({ label, isTotal })),
    rows: needAxis.map((row) => ({
      label: row.label,
      isTotal: row.isTotal,
      cells: ageAxis.map((col) => cell(stats.needs, [d, col.at, row.at], [d, col.at], !row.isTotal)),
    })),
    fixed: { heading: "District", value: d === D ? ALL_DISTRICTS : stats.districts[d].name },
    countsNeeds: true,
    withheld: stats.needs.withheld,
  };
}

/** The indexes a table shows along one dimension: the chosen one, or every category and the total. */
function axis(size: number, chosen: number, name: (i: number) => string, allLabel: string) {
  if (chosen < size) return [{ at: chosen, label: name(chosen), isTotal: false }];
  const out = Array.from({ length: size }, (_, i) => ({ at: i, label: name(i), isTotal: false }));
  out.push({ at: size, label: allLabel, isTotal: true });
  return out;
}

function lower(name: string): string {
  return name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;
}
