import type { ContractImportPreview } from "@/lib/data/contracts/preview-contract-import";
import {
  importPreviewData,
  readImportPreview,
  type ImportState,
  type ImportStep,
} from "@/lib/spreadsheets/import-preview";

export { readImported } from "@/lib/spreadsheets/import-preview";

/** Rows of the preview table sent to the browser; the counts and the import cover every row. */
export const PREVIEW_ROWS_SHOWN = 500;

export type PreviewView = Omit<ContractImportPreview, "csv">;

/** The preview for the browser, with the file's text that the import step sends back (and the server checks again). */
export function previewData(preview: ContractImportPreview): ImportStep<PreviewView> {
  const { csv, ...view } = preview;
  return importPreviewData<PreviewView>(csv, { ...view, rows: view.rows.slice(0, PREVIEW_ROWS_SHOWN) });
}

export type PreviewState = ImportState<PreviewView>;

export const readPreview = (state: PreviewState) => readImportPreview<PreviewView>(state);
