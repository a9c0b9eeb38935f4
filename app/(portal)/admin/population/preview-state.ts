import type { PopulationPreview } from "@/lib/data/population/preview-population";
import {
  importPreviewData,
  readImportPreview,
  type ImportState,
  type ImportStep,
} from "@/lib/spreadsheets/import-preview";

export { readImported } from "@/lib/spreadsheets/import-preview";

/** Rows of the preview table sent to the browser; the counts and the import cover every row. */
export const PREVIEW_FIGURES_SHOWN = 1000;

export type PreviewView = Omit<PopulationPreview, "csv">;

/** The preview for the browser, with the CSV that the import step sends back (and the server checks again). */
export function previewData(preview: PopulationPreview): ImportStep<PreviewView> {
  const { csv, ...view } = preview;
  return importPreviewData<PreviewView>(csv, {
    ...view,
    figures: view.figures.slice(0, PREVIEW_FIGURES_SHOWN),
  });
}

export type PreviewState = ImportState<PreviewView>;

export const readPreview = (state: PreviewState) => readImportPreview<PreviewView>(state);
