/** Calendar-date helpers. Dates are stored in UTC; `@db.Date` columns hold UTC midnight. */

export const DAY_MS = 86_400_000;

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
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
