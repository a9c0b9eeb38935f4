import type { StatisticsCell, StatisticsTable } from "./statistics-table";

export type ExportValue = string | number;

/** What a reader sees instead of a suppressed number. */
export function suppressedText(cell: StatisticsCell, threshold: number): string | null {
  if (cell.status === "small") return `fewer than ${threshold}`;
  if (cell.status === "hidden") return "hidden";
  return null;
}

/**
 * A statistics table as one row per number (a "long" table), for CSV and spreadsheets: only the
 * suppressed table's own cells, with "fewer than k" or "hidden" in place of the number and no rate
 * for them.
 */
export function statisticsExportRows(table: StatisticsTable): { header: string[]; rows: ExportValue[][] } {
  const header = [
    table.fixed.heading,
    table.rowHeading,
    table.columnHeading,
    table.countsNeeds ? "Children with this need" : "Children",
    "Rate per 1,000 children",
  ];
  if (table.withheld) return { header, rows: [] };
  const rows: ExportValue[][] = [];
  for (const row of table.rows) {
    row.cells.forEach((cell, j) => {
      rows.push([
        table.fixed.value,
        row.label,
        table.columns[j].label,
        suppressedText(cell, table.threshold) ?? cell.count ?? "",
        cell.ratePer1000 ?? "",
      ]);
    });
  }
  return { header, rows };
}
