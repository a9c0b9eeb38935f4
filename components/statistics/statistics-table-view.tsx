import type { StatisticsTable } from "@/lib/domain/statistics-table";
import { Table } from "@/components/ui/table";
import { cellText, type StatisticsMeasure } from "./statistics-cell-text";

/** A statistics table with its totals; suppressed cells read "fewer than 10" or "hidden". */
export function StatisticsTableView({
  table,
  measure = "count",
  caption,
}: {
  table: StatisticsTable;
  measure?: StatisticsMeasure;
  caption?: string;
}) {
  const numeric = table.columns.map((_, i) => i + 1);
  const unit = measure === "rate" ? " (rate per 1,000 children)" : "";
  return (
    // Focusable so keyboard users can scroll a wide table on a small screen.
    <div
      className="mb-8 overflow-x-auto focus-visible:outline-3 focus-visible:outline-focus"
      tabIndex={0}
      role="region"
      aria-label={`${caption ?? table.title}${unit}`}
    >
      <Table
        caption={`${caption ?? table.title}${unit}`}
        head={[table.rowHeading, ...table.columns.map((c) => c.label)]}
        numericColumns={numeric}
        firstCellIsHeader
        rows={table.rows.map((row) => [
          row.label,
          ...row.cells.map((cell, j) => {
            const text = cellText(cell, table.threshold, measure);
            const emphasis = row.isTotal || table.columns[j].isTotal;
            return cell.status === "shown" ? (
              <span key={j} className={emphasis ? "font-bold" : undefined}>
                {text}
              </span>
            ) : (
              <span key={j} className="whitespace-nowrap text-secondary">
                {text}
              </span>
            );
          }),
        ])}
      />
    </div>
  );
}
