import { barScale } from "@/lib/domain/chart-scale";
import type { StatisticsTable } from "@/lib/domain/statistics-table";
import { cellText, cellValue, type StatisticsMeasure } from "./statistics-cell-text";

const ROW = 36;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 420;
const VALUE_WIDTH = 140;

/**
 * A horizontal bar chart drawn on the server (no JavaScript): one bar per row of the table (its
 * total), or per column when the table has one row. Suppressed numbers get no bar, only their words.
 * The table that follows it on the page is the text alternative with every number.
 */
export function StatisticsBarChart({
  table,
  measure,
}: {
  table: StatisticsTable;
  measure: StatisticsMeasure;
}) {
  const rows = table.rows.filter((r) => !r.isTotal);
  const totalColumn = table.columns.findIndex((c) => c.isTotal);
  const byRow = rows.length > 1;
  const bars = byRow
    ? rows.map((r) => ({ label: r.label, cell: r.cells[totalColumn >= 0 ? totalColumn : 0] }))
    : table.columns.flatMap((c, j) => (c.isTotal ? [] : [{ label: c.label, cell: rows[0]?.cells[j] }]));
  const shown = bars.filter((b) => b.cell);
  if (shown.length === 0) return null;
  const barWidth = barScale(Math.max(...shown.map((b) => cellValue(b.cell!, measure) ?? 0)), BAR_WIDTH);
  const what =
    measure === "rate"
      ? "rate per 1,000 children"
      : table.countsNeeds
        ? "children with each need"
        : "children";
  const by = byRow ? table.rowHeading.toLowerCase() : table.columnHeading.toLowerCase();
  const scope = byRow
    ? totalColumn >= 0
      ? table.columns[totalColumn].label.toLowerCase()
      : table.columns[0].label
    : rows[0]?.label;
  const title = `Bar chart: ${what} by ${by} (${scope})`;
  const summary = shown.map((b) => `${b.label}: ${cellText(b.cell!, table.threshold, measure)}`).join("; ");
  const height = shown.length * ROW + 8;

  return (
    <figure className="mb-8 max-w-[860px]">
      <svg
        role="img"
        aria-label={`${title}. ${summary}.`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
        className="h-auto w-full"
      >
        {shown.map((b, i) => {
          const value = cellValue(b.cell!, measure);
          const width = value === null ? 0 : Math.max(2, barWidth(value));
          const y = i * ROW + 4;
          return (
            <g key={b.label}>
              <text
                x={LABEL_WIDTH - 12}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize="16"
                fill="#0b0c0c"
              >
                {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
              </text>
              {value !== null && (
                <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 12} fill="#1d70b8" />
              )}
              <text
                x={LABEL_WIDTH + (value === null ? 0 : width) + 8}
                y={y + ROW / 2}
                dominantBaseline="middle"
                fontSize="16"
                fill={value === null ? "#505a5f" : "#0b0c0c"}
              >
                {cellText(b.cell!, table.threshold, measure)}
              </text>
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke="#0b0c0c" strokeWidth="2" />
      </svg>
      <figcaption className="mt-2 text-secondary">
        {title}. Numbers that are fewer than {table.threshold}, or hidden to protect them, have no bar. The
        table below gives the same numbers.
      </figcaption>
    </figure>
  );
}
