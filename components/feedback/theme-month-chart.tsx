import type { ThemeCountsByMonth } from "@/lib/data/feedback/theme-counts-by-month";
import { barScale } from "@/lib/domain/chart-scale";
import { monthLabel } from "@/lib/domain/dates";

const LABEL_WIDTH = 240;
const CELL = 44;
const ROW = 48;
const TOP = 28;

/**
 * Theme counts by month drawn on the server (no JavaScript): one row per theme, one column per
 * month, each bar's height the count. The table that follows is the text alternative with every number.
 */
export function ThemeMonthChart({ data }: { data: ThemeCountsByMonth }) {
  const rows = data.rows.filter((r) => r.total > 0);
  if (rows.length === 0) return null;
  const barHeight = barScale(Math.max(...rows.flatMap((r) => r.counts)), ROW - 14);
  const width = LABEL_WIDTH + data.months.length * CELL + 8;
  const height = TOP + rows.length * ROW;
  const title = `Chart: feedback by theme and month, ${monthLabel(data.months[0])} to ${monthLabel(data.months.at(-1)!)}`;
  const summary = rows.map((r) => `${r.name}: ${r.total}`).join("; ");
  return (
    <figure className="mb-8 max-w-[900px] overflow-x-auto">
      <svg
        role="img"
        aria-label={`${title}. Totals: ${summary}.`}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full min-w-[600px]"
      >
        {data.months.map((m, j) => (
          <text
            key={m}
            x={LABEL_WIDTH + j * CELL + CELL / 2}
            y={16}
            textAnchor="middle"
            fontSize="12"
            fill="#505a5f"
          >
            {monthLabel(m).slice(0, 3)}
          </text>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={r.themeId}>
              <text
                x={LABEL_WIDTH - 12}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize="16"
                fill="#0b0c0c"
              >
                {r.name.length > 26 ? `${r.name.slice(0, 25)}…` : r.name}
              </text>
              <line x1={LABEL_WIDTH} x2={width - 8} y1={y + ROW - 6} y2={y + ROW - 6} stroke="#b1b4b6" />
              {r.counts.map((n, j) => {
                const h = n === 0 ? 0 : Math.max(3, barHeight(n));
                return n === 0 ? null : (
                  <rect
                    key={j}
                    x={LABEL_WIDTH + j * CELL + 8}
                    y={y + ROW - 6 - h}
                    width={CELL - 16}
                    height={h}
                    fill="#1d70b8"
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-secondary">
        {title}. Taller bars mean more feedback. The table below gives the same numbers.
      </figcaption>
    </figure>
  );
}
