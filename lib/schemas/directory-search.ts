import { z } from "zod";
import { ACCESSIBILITY_FEATURES, type AccessibilityFeatureCode } from "../domain/directory";
import { pageField, parseSearchParams, textField, type RawSearchParams } from "./search-params";

/** A reference code from a filter link (district, type of need, type of break): letters, digits, _ and -. */
export const codeField = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/)
  .optional();

/** The directory's single-valued filters; `access` (repeatable) is read by parseDirectorySearch. */
export const directorySearchSchema = z.object({
  q: textField(100),
  /** The child's age: listings whose range includes it. */
  age: z.coerce.number().int().min(0).max(25).optional(),
  need: codeField,
  district: codeField,
  type: codeField,
  cost: z.enum(["free", "paid"]).optional(),
  page: pageField,
});

/** One accessibility feature of `?access=` (the query string repeats the key for each one ticked). */
export const accessFeatureField = z.enum(ACCESSIBILITY_FEATURES);

export type DirectorySearch = z.output<typeof directorySearchSchema> & { access: AccessibilityFeatureCode[] };

/** At most this many features are read: there are no more than this many. */
const MAX_ACCESS = ACCESSIBILITY_FEATURES.length;

/**
 * Reads /councils/<slug>/directory's query string: each single field through the schema (an invalid
 * value is no filter, never an error), and every `access` value through the feature enum, unknown ones
 * dropped, each kept once.
 */
export function parseDirectorySearch(params: RawSearchParams): DirectorySearch {
  const single = parseSearchParams(directorySearchSchema, params);
  const raw =
    params instanceof URLSearchParams
      ? params.getAll("access")
      : Object.hasOwn(params, "access")
        ? [params.access ?? []].flat()
        : [];
  const access = [
    ...new Set(
      raw.slice(0, MAX_ACCESS * 2).flatMap((v) => {
        const r = accessFeatureField.safeParse(typeof v === "string" ? v.trim() : v);
        return r.success ? [r.data] : [];
      }),
    ),
  ];
  return { ...single, access };
}

/** The query string of a directory search (for pagination and "remove filter" links); defaults left out. */
export function directorySearchQuery(search: DirectorySearch, page?: number): string {
  const p = new URLSearchParams();
  if (search.q) p.set("q", search.q);
  if (search.age !== undefined) p.set("age", String(search.age));
  if (search.need) p.set("need", search.need);
  if (search.district) p.set("district", search.district);
  if (search.type) p.set("type", search.type);
  if (search.cost) p.set("cost", search.cost);
  for (const a of search.access) p.append("access", a);
  if (page && page > 1) p.set("page", String(page));
  const s = p.toString();
  return s ? `?${s}` : "";
}
