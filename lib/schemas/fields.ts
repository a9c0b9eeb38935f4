import { z } from "zod";

/**
 * The field kit: every form and importer builds its fields from these, so that trimming, empty
 * values, limits, money, dates and ids behave the same everywhere. Messages are the caller's, as
 * each form words them for its own labels. Query strings are read with parseSearchParams (below).
 */

export {
  MAX_PAGE,
  flagField,
  idField,
  invalidSearchParams,
  isoDateField,
  pageField,
  parseSearchParams,
  searchParamsRecord,
  textField,
  typedSearchParam,
  type RawSearchParams,
} from "./search-params";
export { calendarDateField, dateParts, foldDateParts } from "./dates";

/** A number as the messages write it: 4,000. */
export const formatLimit = (n: number) => n.toLocaleString("en-GB");

/** The hidden key that makes a repeated submit of one form save once. */
export const submissionKey = z.string().uuid("This form has expired. Reload the page and try again.");

const EXPIRED = "This form has expired. Reload the page and try again.";
/**
 * The hidden edit version an edit page was opened with (decision 0044): a save from an older copy is
 * refused. `0` is "none yet", for a record its first save creates (a bid, a return).
 */
export const editVersionField = (least: 0 | 1 = 1) =>
  z.coerce.number({ error: EXPIRED }).int(EXPIRED).min(least, EXPIRED).max(1_000_000_000, EXPIRED);

/** A form with only its button (sign out everywhere): any field sent with it is refused. */
export const noFields = z.object({}).strict();

/** A record's id from a hidden field or a choice: the app's ids are cuids, well under 40 characters. */
export const recordId = z.string().min(1).max(40);

/** Required text: trimmed, not empty, at most `max` characters. */
export function requiredText(max: number, messages: { missing: string; tooLong: string }) {
  return z.string({ error: messages.missing }).trim().min(1, messages.missing).max(max, messages.tooLong);
}

/** Optional text: trimmed, at most `max` characters; empty (or absent) becomes undefined. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v || undefined);
}

/** A tick box sent as "yes" when ticked: true or false. */
export const checkbox = z
  .enum(["yes"])
  .optional()
  .transform((v) => v === "yes");

/** Ticked ids (a checkbox group read as an array), each a record id, at most `max` of them. */
export function checkedIds(max: number) {
  return z.array(recordId).max(max);
}

/** Pounds and pence typed by a person: "125000", "125,000.50", "£125000". */
const POUNDS = /^\d{1,12}(\.\d{1,2})?$/;
const stripPounds = (v: string) => v.replace(/[£,\s]/g, "");

/**
 * A required amount of money more than £0, kept exact as a decimal string ("125000.50"), never a
 * float. A minus sign is `negative` (or `invalid` when not given).
 */
export function moneyField(messages: {
  missing: string;
  invalid: string;
  notPositive: string;
  negative?: string;
}) {
  return z
    .string({ error: messages.missing })
    .trim()
    .transform(stripPounds)
    .superRefine((v, ctx) => {
      const message =
        v === ""
          ? messages.missing
          : v.startsWith("-") && POUNDS.test(v.slice(1))
            ? (messages.negative ?? messages.invalid)
            : !POUNDS.test(v)
              ? messages.invalid
              : !/[1-9]/.test(v)
                ? messages.notPositive
                : null;
      if (message) ctx.addIssue({ code: "custom", message });
    });
}

/** An optional amount of money, £0 or more, exact: empty becomes null. */
export function optionalMoneyField(invalid: string) {
  return z
    .string()
    .optional()
    .transform((v) => stripPounds(v ?? ""))
    .pipe(z.string().regex(/^(\d{1,12}(\.\d{1,2})?)?$/, invalid))
    .transform((v) => (v === "" ? null : v));
}

/** A whole number typed in a box, from `min` to `max`. */
export function wholeNumber(
  min: number,
  max: number,
  messages: { missing: string; notWhole: string; outOfRange: string },
) {
  return z
    .string({ error: messages.missing })
    .trim()
    .min(1, messages.missing)
    .regex(/^\d+$/, messages.notWhole)
    .transform(Number)
    .refine((n) => n >= min && n <= max, messages.outOfRange);
}
