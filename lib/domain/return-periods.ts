import { addDays } from "./dates";

export interface ReturnPeriodDates {
  label: string;
  startDate: Date;
  endDate: Date;
  dueDate: Date;
}

const QUARTER_NAMES = ["January to March", "April to June", "July to September", "October to December"];

/**
 * Quarterly return periods for a contract: calendar quarters clipped to the contract's dates, so a
 * contract starting mid-quarter has a short first period and one ending mid-quarter a short last
 * one. Each is due `dueDays` after its last day. Dates are UTC calendar dates.
 */
export function generateReturnPeriods(input: {
  startDate: Date;
  endDate: Date;
  dueDays: number;
}): ReturnPeriodDates[] {
  const periods: ReturnPeriodDates[] = [];
  let cursor = input.startDate;
  while (cursor <= input.endDate) {
    const y = cursor.getUTCFullYear();
    const q = Math.floor(cursor.getUTCMonth() / 3);
    const quarterEnd = new Date(Date.UTC(y, q * 3 + 3, 0));
    const end = quarterEnd < input.endDate ? quarterEnd : input.endDate;
    const partial = cursor.getUTCDate() !== 1 || cursor.getUTCMonth() % 3 !== 0 || end < quarterEnd;
    periods.push({
      label: `${QUARTER_NAMES[q]} ${y}${partial ? " (part)" : ""}`,
      startDate: cursor,
      endDate: end,
      dueDate: addDays(end, input.dueDays),
    });
    cursor = addDays(end, 1);
  }
  return periods;
}
