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
