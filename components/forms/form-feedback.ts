import type { FormState } from "@/lib/actions/form-state";

/**
 * Reads an action's state for a form: error summary entries (in field order), the message for a
 * field, and the value to refill a field with after a failed submit.
 */
export function formFeedback<TData = undefined>(
  state: FormState<TData>,
  fieldOrder: string[],
  anchors: Record<string, string> = {},
) {
  const failed = state && !state.ok ? state : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  // A data function's field error comes as both the form's message and the field's: list it once.
  const formError =
    failed?.formError && !Object.values(fieldErrors).includes(failed.formError) ? failed.formError : null;
  const summary = [
    ...(formError ? [{ href: `#${anchors.form ?? fieldOrder[0]}`, text: formError }] : []),
    ...fieldOrder
      .filter((f) => fieldErrors[f])
      .map((f) => ({ href: `#${anchors[f] ?? f}`, text: fieldErrors[f] })),
    ...Object.keys(fieldErrors)
      .filter((f) => !fieldOrder.includes(f))
      .map((f) => ({ href: `#${anchors.form ?? fieldOrder[0]}`, text: fieldErrors[f] })),
  ];
  return {
    summary,
    error: (name: string): string | undefined => fieldErrors[name],
    value: (name: string): string | undefined => {
      const v = failed?.values?.[name];
      return Array.isArray(v) ? v[0] : v;
    },
    // A checkbox group with nothing ticked is absent from the form, so after a failed submit a
    // missing name means "none" (what was sent), not "fall back to the saved choices".
    values: (name: string): string[] | undefined => {
      if (!failed?.values) return undefined;
      const v = failed.values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
    succeeded: state?.ok === true ? state : null,
  };
}
