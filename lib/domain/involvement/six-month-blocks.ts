import { addDays, addMonths } from "../dates";

export interface SixMonthBlock {
  start: Date;
  /** The last day of the block (inclusive). */
  end: Date;
}

/** The six-month block a date is in: April to September, or October to March. */
export function sixMonthBlockOf(d: Date): SixMonthBlock {
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  const start = m >= 3 && m <= 8 ? new Date(Date.UTC(y, 3, 1)) : new Date(Date.UTC(m >= 9 ? y : y - 1, 9, 1));
  return { start, end: addDays(addMonths(start, 6), -1) };
}

/** The last `n` six-month blocks, oldest first, ending with the block `today` is in. */
export function lastSixMonthBlocks(today: Date, n: number): SixMonthBlock[] {
  const current = sixMonthBlockOf(today);
  return Array.from({ length: n }, (_, i) => sixMonthBlockOf(addMonths(current.start, -6 * (n - 1 - i))));
}
