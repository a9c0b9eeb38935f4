import { z } from "zod";

/** Next's `searchParams` (a plain object) or a route handler's `URLSearchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Above this a page number is a crafted link, not a page anyone reached by clicking. */
export const MAX_PAGE = 10_000;

/**
 * A page's or route handler's query string, read through a zod object schema one field at a time:
 * a missing, empty or invalid value becomes that field's default (`undefined` for an optional
 * field), never an error, so a crafted link shows the default page instead of a 500. Only the
 * schema's own keys are read (never inherited ones such as `constructor`), and a repeated key
 * takes its first value.
 */
export function parseSearchParams<T extends z.ZodObject>(schema: T, params: RawSearchParams): z.output<T> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const raw = firstValue(params, key);
    // A NUL (%00) is never a valid value, and PostgreSQL refuses it in a comparison.
    const parsed = raw === undefined || raw.includes("\u0000") ? undefined : field.safeParse(raw);
    out[key] = parsed?.success ? parsed.data : fieldDefault(field);
  }
  return out as z.output<T>;
}

/** Which fields of the query string were given but not valid (for pages that say so). */
export function invalidSearchParams<T extends z.ZodObject>(schema: T, params: RawSearchParams): string[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const raw = firstValue(params, key);
    return raw !== undefined && (raw.includes("\u0000") || !field.safeParse(raw).success) ? [key] : [];
  });
}

/** What was typed in a field, first value, cut to `max` characters: to show it back beside its error. */
export function typedSearchParam(params: RawSearchParams, key: string, max = 200): string | undefined {
  return firstValue(params, key)?.slice(0, max);
}

/**
 * The query string as a plain object for a schema that reports what is wrong (a route that answers
 * 400): a repeated key becomes an array, which a string field refuses.
 */
export function searchParamsRecord(params: RawSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.getAll(k)] as const)
      : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? (value.length === 1 ? value[0] : value) : value;
  }
  return out;
}

function fieldDefault(field: z.ZodType): unknown {
  const r = field.safeParse(undefined);
  return r.success ? r.data : undefined;
}

function firstValue(params: RawSearchParams, key: string): string | undefined {
  const value =
    params instanceof URLSearchParams
      ? (params.get(key) ?? undefined)
      : Object.hasOwn(params, key)
        ? params[key]
        : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() !== "" ? first : undefined;
}

/** `?page=`: a whole number from 1 to MAX_PAGE; anything else is page 1. */
export const pageField = z.coerce.number().int().min(1).max(MAX_PAGE).default(1);

/** A record id (cuid or uuid) from a link or filter form; anything else is no filter. */
export const idField = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional();

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const isoDateField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  })
  .optional();

/** Free text for a search box, trimmed; longer than `max` is no search. */
export function textField(max = 100) {
  return z.string().trim().max(max).optional();
}

/** A confirmation flag set by a redirect (`?saved=1`): exactly one of `values`, else absent. */
export function flagField<const V extends readonly [string, ...string[]]>(...values: V) {
  return z.enum(values).optional();
}
