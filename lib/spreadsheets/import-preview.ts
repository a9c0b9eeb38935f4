import type { FormState } from "../actions/form-state";

/**
 * How a CSV import's two steps talk to the form, as typed data: the preview (what importing would
 * save) beside the checked text, which the import step sends back and the server checks again
 * (nothing from the browser is trusted between preview and import); then "imported".
 */
export type ImportStep<V> = { step: "preview"; csv: string; view: V } | { step: "imported" };
export type ImportState<V> = FormState<ImportStep<V>>;

export function importPreviewData<V>(csv: string, view: V): ImportStep<V> {
  return { step: "preview", csv, view };
}

export const IMPORTED = { step: "imported" } as const satisfies ImportStep<never>;

export function readImportPreview<V>(state: ImportState<V>): { csv: string; view: V } | null {
  return state?.ok && state.data?.step === "preview" ? { csv: state.data.csv, view: state.data.view } : null;
}

export function readImported<V>(state: ImportState<V>): string | null {
  return state?.ok && state.data?.step === "imported" ? (state.message ?? null) : null;
}
