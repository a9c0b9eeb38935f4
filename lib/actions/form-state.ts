import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError, type RowProblem } from "../errors";

export type { RowProblem };

/**
 * What a form action returns to `useActionState`. `values` refill the form after a failed submit.
 * `TData` is what a successful submit hands the form (a new link, a receipt, a preview), typed per
 * action; it must be serialisable, as it crosses to the browser. `rowProblems` lists what is wrong
 * in an uploaded file, row by row.
 */
export type FormState<TData = undefined> =
  | null
  | { ok: true; message?: string; data?: TData }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Record<string, string>;
      rowProblems?: RowProblem[];
      values?: Record<string, string | string[]>;
    };

/** The function `useActionState` calls: the previous state and the submitted form. */
export type FormAction<TData = undefined> = (
  prev: FormState<TData>,
  formData: FormData,
) => Promise<FormState<TData>>;

const NEVER_ECHO = /password|token/i;

/** The submitted values, for refilling the form (secrets are never sent back). */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || NEVER_ECHO.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

/** Reads a FormData into a plain object: repeated keys (checkboxes) become arrays when `arrays` lists them. */
export function formObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? all : all[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

export class FormInvalid extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("Form invalid");
  }
}

/** The first message per field (the top of each issue's path; `form` for the whole). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/** What a field with a NUL character says: PostgreSQL cannot store one in text, and no person types it. */
export const CONTROL_CHARACTER = "Remove the hidden control character from this answer, then try again.";

/** The fields (top-level keys, `form` for a bare value) with a NUL anywhere in their values. */
function fieldsWithNul(input: unknown, key = "form", out: Record<string, string> = {}, depth = 0) {
  if (typeof input === "string") {
    if (input.includes("\u0000")) out[key] ??= CONTROL_CHARACTER;
  } else if (Array.isArray(input)) {
    for (const v of input) fieldsWithNul(v, key, out, depth + 1);
  } else if (input && typeof input === "object" && depth < 3) {
    for (const [k, v] of Object.entries(input)) fieldsWithNul(v, depth === 0 ? k : key, out, depth + 1);
  }
  return out;
}

/**
 * Parses with a zod schema; on failure throws FormInvalid with the first message per field. A NUL
 * character in any value is refused first, for every form at once (the database would refuse it
 * later as an unexpected error).
 */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = fieldsWithNul(input);
  if (Object.keys(nul).length) throw new FormInvalid(nul);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new FormInvalid(fieldErrorsOf(result.error));
}

/**
 * Runs an action body and turns expected failures into form state. Redirects pass through.
 * Unexpected errors are logged by name only (no personal data) and shown as a plain message.
 */
export async function runAction<TData = undefined>(
  formData: FormData,
  body: () => Promise<FormState<TData>>,
): Promise<FormState<TData>> {
  try {
    return await body();
  } catch (e) {
    unstable_rethrow(e);
    const values = formValues(formData);
    if (e instanceof FormInvalid) return { ok: false, fieldErrors: e.fieldErrors, values };
    if (isAppError(e))
      return {
        ok: false,
        formError: e.message,
        fieldErrors: e.fieldErrors,
        rowProblems: e.rowProblems,
        values,
      };
    console.error(`[action] unexpected ${e instanceof Error ? e.name : typeof e}`);
    return {
      ok: false,
      formError: "Sorry, something went wrong and nothing was saved. Try again in a few minutes.",
      values,
    };
  }
}
