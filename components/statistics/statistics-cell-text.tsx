import { suppressedText } from "@/lib/domain/statistics-export-rows";
import type { StatisticsCell } from "@/lib/domain/statistics-table";

export type StatisticsMeasure = "count" | "rate";

const NUMBER = new Intl.NumberFormat("en-GB");
const RATE = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A cell's number (or rate) as text; "fewer than 10" or "hidden" when suppressed. */
export function cellText(cell: StatisticsCell, threshold: number, measure: StatisticsMeasure): string {
  const suppressed = suppressedText(cell, threshold);
  if (suppressed) return suppressed;
  if (measure === "rate") return cell.ratePer1000 === null ? "no rate" : RATE.format(cell.ratePer1000);
  return NUMBER.format(cell.count ?? 0);
}

/** The number a bar is drawn to, or null when the cell is suppressed or has no rate. */
export function cellValue(cell: StatisticsCell, measure: StatisticsMeasure): number | null {
  if (cell.status !== "shown") return null;
  return measure === "rate" ? cell.ratePer1000 : cell.count;
}
