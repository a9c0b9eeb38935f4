import type { FormState } from "@/lib/actions/form-state";
import type { PopulationPreview } from "@/lib/data/population/preview-population";

/** Rows of the preview table sent to the browser; the counts and the import cover every row. */
export const PREVIEW_FIGURES_SHOWN = 1000;

export type PreviewView = Omit<PopulationPreview, "csv">;

/**
 * FormState carries strings only, so the preview travels as JSON beside the CSV that the import
 * step sends back (and the server checks again).
 */
export function previewData(preview: PopulationPreview): Record<string, string> {
  const { csv, ...view } = preview;
  const shown: PreviewView = { ...view, figures: view.figures.slice(0, PREVIEW_FIGURES_SHOWN) };
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
