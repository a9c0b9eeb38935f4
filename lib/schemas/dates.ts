import { z } from "zod";

/** Reads the three DateInput parts (`${name}-day` …) from a form object. */
export function dateParts(input: Record<string, unknown>, name: string) {
  const part = (p: string) =>
    typeof input[`${name}-${p}`] === "string" ? String(input[`${name}-${p}`]) : "";
  return { day: part("day"), month: part("month"), year: part("year") };
}

/**
 * A form object with each named date's three parts folded into one `{ day, month, year }` field,
 * so a `.strict()` schema sees the date field and not its parts.
 */
export function foldDateParts(input: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const name of names) {
    for (const part of ["day", "month", "year"]) delete out[`${name}-${part}`];
    out[name] = dateParts(input, name);
  }
  return out;
}

/**
 * Day, month and year as one real calendar date (midnight UTC), with messages naming the field
 * ("Enter the meeting date", "The meeting date must be a real date, like 27 3 2027"), or the
 * caller's own.
 */
export function calendarDateField(label: string | { missing: string; invalid: string }) {
  const messages =
    typeof label === "string"
      ? { missing: `Enter the ${label}`, invalid: `The ${label} must be a real date, like 27 3 2027` }
      : label;
  return z
    .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
    .transform((v, ctx) => {
      if (!v.day && !v.month && !v.year) {
        ctx.addIssue({ code: "custom", message: messages.missing });
        return z.NEVER;
      }
      const [d, m, y] = [v.day, v.month, v.year].map((x) => (/^\d+$/.test(x) ? Number(x) : NaN));
      const date = new Date(Date.UTC(y, m - 1, d));
      if (
        !/^\d{4}$/.test(v.year) ||
        Number.isNaN(date.getTime()) ||
        date.getUTCDate() !== d ||
        date.getUTCMonth() !== m - 1
      ) {
        ctx.addIssue({ code: "custom", message: messages.invalid });
        return z.NEVER;
      }
      return date;
    });
}

/**
 * The UTC instant of a wall-clock time in England on a calendar date (GMT or BST), so a deadline
 * typed as "12 March, noon" means noon in England whatever the season. Stored in UTC.
 */
export function englandTime(date: Date, hour: number, minute = 0): Date {
  const guess = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute),
  );
  const london = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(guess);
  const h = Number(london.find((p) => p.type === "hour")?.value);
  const m = Number(london.find((p) => p.type === "minute")?.value);
  const offsetMinutes = h * 60 + m - (hour * 60 + minute);
  return new Date(guess.getTime() - offsetMinutes * 60_000);
}

/** The calendar date parts of a UTC instant as seen in England, to refill a DateInput. */
export function englandDateParts(instant: Date): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: get("day"), month: get("month"), year: get("year") };
}
