import type { FormState } from "@/lib/actions/form-state";
import type { ContractImportPreview } from "@/lib/data/contracts/preview-contract-import";

/** Rows of the preview table sent to the browser; the counts and the import cover every row. */
export const PREVIEW_ROWS_SHOWN = 500;

export type PreviewView = Omit<ContractImportPreview, "csv">;

/**
 * FormState carries strings only, so the preview travels as JSON beside the file's text that
 * the import step sends back (and the server checks again).
 */
export function previewData(preview: ContractImportPreview): Record<string, string> {
  const { csv, ...view } = preview;
  const shown: PreviewView = { ...view, rows: view.rows.slice(0, PREVIEW_ROWS_SHOWN) };
  return { step: "preview", csv, preview: JSON.stringify(shown) };
}

export function readPreview(
  state: FormState<Record<string, string>>,
): { csv: string; view: PreviewView } | null {
  if (!state?.ok || state.data?.step !== "preview" || !state.data.csv || !state.data.preview) return null;
  return { csv: state.data.csv, view: JSON.parse(state.data.preview) as PreviewView };
}

export function readImported(state: FormState<Record<string, string>>): string | null {
  return state?.ok && state.data?.step === "imported" ? (state.message ?? null) : null;
}
