import type { FormState } from "../actions/form-state";

/**
 * How a CSV import's preview travels between its two steps. FormState carries strings only, so the
 * preview goes as JSON beside the file's text, which the import step sends back and the server
 * checks again (nothing from the browser is trusted between preview and import).
 */
export function importPreviewData<V>(csv: string, view: V): Record<string, string> {
  return { step: "preview", csv, preview: JSON.stringify(view) };
}

export function readImportPreview<V>(state: FormState): { csv: string; view: V } | null {
  if (!state?.ok || state.data?.step !== "preview" || !state.data.csv || !state.data.preview) return null;
  return { csv: state.data.csv, view: JSON.parse(state.data.preview) as V };
}

export function readImported(state: FormState): string | null {
  return state?.ok && state.data?.step === "imported" ? (state.message ?? null) : null;
}
