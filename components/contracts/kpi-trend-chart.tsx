import { valueAxis } from "@/lib/domain/chart-scale";

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 56;

export interface TrendPoint {
  label: string;
  /** Accepted result; null when the period has no accepted return. */
  actual: number | null;
  target: number;
}

function short(label: string): string {
  // "April to June 2026 (part)" -> "Apr–Jun 26"
  const m = /^(\w{3})\w* to (\w{3})\w* (\d{2})(\d{2})/.exec(label);
  return m ? `${m[1]}–${m[2]} ${m[4]}` : label.slice(0, 10);
}

/**
 * A KPI's results against its target, period by period, drawn on the server as SVG (no
 * JavaScript). The dashed line is the target; dots joined by a line are accepted results. The
 * "KPI results by period" table on the same page is the text alternative with every number.
 */
export function KpiTrendChart({ name, unit, points }: { name: string; unit: string; points: TrendPoint[] }) {
  const withActual = points.filter((p) => p.actual !== null);
  if (withActual.length === 0) return null;
  const max = Math.max(...points.map((p) => Math.max(p.target, p.actual ?? 0)));
  const plotW = WIDTH - LEFT - RIGHT;
  const x = (i: number) => LEFT + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const { scale: y, ticks } = valueAxis(max, [HEIGHT - BOTTOM, TOP]);
  const actualPath = points
    .map((p, i) => (p.actual === null ? null : `${x(i)},${y(p.actual)}`))
    .filter((s): s is string => s !== null)
    .join(" ");
  const targetPath = points.map((p, i) => `${x(i)},${y(p.target)}`).join(" ");
  const summary = points
    .map((p) => `${p.label}: ${p.actual === null ? "no accepted result" : p.actual} against ${p.target}`)
    .join("; ");
  const title = `Line chart: ${name}, accepted results against the target (${unit}) by quarter`;
  return (
    <figure className="mb-6 max-w-[640px]">
      <svg
        role="img"
        aria-label={`${title}. ${summary}.`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke="#b1b4b6" strokeWidth="1" />
            <text
              x={LEFT - 8}
              y={y(t)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="14"
              fill="#505a5f"
            >
              {t.toLocaleString("en-GB")}
            </text>
          </g>
        ))}
        <polyline points={targetPath} fill="none" stroke="#505a5f" strokeWidth="2" strokeDasharray="6 4" />
        <polyline points={actualPath} fill="none" stroke="#1d70b8" strokeWidth="3" />
        {points.map((p, i) =>
          p.actual === null ? null : (
            <circle
              key={p.label}
              cx={x(i)}
              cy={y(p.actual)}
              r="5"
              fill="#1d70b8"
              stroke="#ffffff"
              strokeWidth="1"
            />
          ),
        )}
        {points.map((p, i) => (
          <text
            key={p.label}
            x={x(i)}
            y={HEIGHT - BOTTOM + 24}
            textAnchor="middle"
            fontSize="13"
            fill="#0b0c0c"
          >
            {short(p.label)}
          </text>
        ))}
      </svg>
      <figcaption className="mt-1 text-secondary">
        {name}: the solid blue line is the accepted result each quarter; the dashed grey line is the target.
        The table below gives every number.
      </figcaption>
    </figure>
  );
}
