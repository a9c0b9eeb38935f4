/** English councils' financial year runs from 1 April to 31 March. Dates are UTC calendar dates. */
export function financialYearStart(day: Date): number {
  return day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

/** "2026/27" for the year starting 1 April 2026. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
