import type { RegisterStatistics, StatisticsCell } from "../../domain/statistics-table";
import { statisticsTable } from "../../domain/statistics-table";

/**
 * Each type of need's figure for all districts and all ages, read from the statistics page's own
 * suppressed table ("Type of need and age band"), never recounted: the same numbers, the same
 * "fewer than" cells. Nothing when the table is withheld.
 */
export function needFigures(stats: RegisterStatistics): Map<string, StatisticsCell> {
  const table = statisticsTable(stats, { view: "age-need" });
  const out = new Map<string, StatisticsCell>();
  if (!table || table.withheld) return out;
  const allAges = table.columns.length - 1;
  stats.needTypes.forEach((type, i) => out.set(type.id, table.rows[i].cells[allAges]));
  return out;
}
