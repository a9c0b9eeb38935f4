/** Calendar-date helpers. Dates are stored in UTC; `@db.Date` columns hold UTC midnight. */

export const DAY_MS = 86_400_000;

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/**
 * The same day of the month `months` later (or earlier, when negative), at the same time of day;
 * when the target month is shorter, its last day: 31 August plus 6 months is 28 February (29 in a
 * leap year), never 3 March.
 */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const r = new Date(d);
  // Day first, so that setting the month cannot overflow into the month after.
  r.setUTCDate(1);
  r.setUTCFullYear(y, m, Math.min(d.getUTCDate(), lastDay));
  return r;
}

/**
 * The last day of a term of `months` months that starts on `start`: the day before the same date
 * `months` later; when that month has no such date (a term from 31 January), its last day.
 */
export function termEndDate(start: Date, months: number): Date {
  const same = addMonths(start, months);
  return same.getUTCDate() < start.getUTCDate() ? same : addDays(same, -1);
}

const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const LONDON_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const UTC_DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** A moment shown as a date in Europe/London, e.g. "23 November 2026". */
export function formatDate(d: Date): string {
  return LONDON_DATE.format(d);
}

/** A calendar date column (UTC midnight) shown as that same date. */
export function formatCalendarDate(d: Date): string {
  return UTC_DATE.format(d);
}

/** A moment shown in Europe/London with the time, e.g. "23 Nov 2026, 14:05". */
export function formatDateTime(d: Date): string {
  return LONDON_DATE_TIME.format(d);
}
