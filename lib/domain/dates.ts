import { TZDate } from "@date-fns/tz";

/**
 * The one home for date helpers. Dates are stored in UTC; `@db.Date` columns hold UTC midnight.
 * England's clock (GMT in winter, BST in summer) comes from @date-fns/tz and the platform's time
 * zone data, never from offsets worked out here.
 */

export const UK_TIME_ZONE = "Europe/London";

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
  timeZone: UK_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});
const LONDON_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_TIME_ZONE,
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

/**
 * The UTC instant of a wall-clock time in England on a calendar date (GMT or BST), so a deadline
 * typed as "12 March, noon" means noon in England whatever the season. Stored in UTC. A time the
 * clocks skip (01:30 on the last Sunday of March) is read as an hour later, as the clocks say.
 */
export function englandTime(date: Date, hour: number, minute = 0): Date {
  const local = new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    hour,
    minute,
    UK_TIME_ZONE,
  );
  return new Date(local.getTime());
}

/** The calendar date parts of a UTC instant as seen in England, to refill a DateInput. */
export function englandDateParts(instant: Date): { day: string; month: string; year: string } {
  const local = new TZDate(instant.getTime(), UK_TIME_ZONE);
  const two = (n: number) => String(n).padStart(2, "0");
  // Two-digit day and month, as the form has always been refilled ("01 04 2026").
  return { day: two(local.getDate()), month: two(local.getMonth() + 1), year: String(local.getFullYear()) };
}

const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" });

/** `2026-04` → "Apr 2026". */
export function monthLabel(key: string): string {
  return MONTH.format(new Date(`${key}-01T00:00:00Z`));
}

/** English councils' financial year runs from 1 April to 31 March. Dates are UTC calendar dates. */
export function financialYearStart(day: Date): number {
  return day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
}

/** "2026/27" for the year starting 1 April 2026. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
