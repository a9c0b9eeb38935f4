import { scaleLinear } from "d3-scale";

/**
 * A chart's value axis from zero, with the top rounded up to a "nice" number and ticks at round
 * steps (0, 20, 40 … 100), from d3-scale. `range` runs from the zero end to the top end, so a
 * vertical axis passes [bottom, top] in SVG coordinates.
 */
export function valueAxis(maxValue: number, range: [number, number], tickCount = 4) {
  const scale = scaleLinear()
    .domain([0, Math.max(1, maxValue)])
    .nice(tickCount)
    .range(range);
  return { scale: (v: number) => scale(v), ticks: scale.ticks(tickCount), top: scale.domain()[1] };
}

/** Bar lengths from zero to the largest value (no rounding up: the longest bar fills its space). */
export function barScale(maxValue: number, length: number) {
  const scale = scaleLinear()
    .domain([0, Math.max(1, maxValue)])
    .range([0, length]);
  return (v: number) => scale(v);
}
