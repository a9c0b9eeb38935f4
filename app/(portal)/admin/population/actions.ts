"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/require-actor";
import { parseForm, runAction } from "@/lib/actions/form-state";
import { populationImportSchema, populationUploadSchema } from "@/lib/schemas/population";
import { decodeCsvBytes } from "@/lib/spreadsheets/read-csv";
import { previewPopulation } from "@/lib/data/population/preview-population";
import { importPopulation } from "@/lib/data/population/import-population";
import { IMPORTED } from "@/lib/spreadsheets/import-preview";
import { previewData, type PreviewState } from "./preview-state";

/** Checks an uploaded population CSV and shows what importing it would save. Saves nothing. */
export async function previewPopulationAction(
  _prev: PreviewState,
  formData: FormData,
): Promise<PreviewState> {
  return runAction(formData, async (): Promise<PreviewState> => {
    const actor = await requireActor("update:population:council");
    const { file } = parseForm(populationUploadSchema, { file: formData.get("file") });
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = await previewPopulation(actor, text);
    return { ok: true, data: previewData(preview) };
  });
}

/** Saves the previewed figures, checked again, in one transaction; a repeated submit saves once. */
export async function importPopulationAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  return runAction(formData, async (): Promise<PreviewState> => {
    const actor = await requireActor("update:population:council");
    const input = parseForm(populationImportSchema, {
      submissionKey: formData.get("submissionKey") ?? "",
      csv: formData.get("csv") ?? "",
    });
    const result = await importPopulation(actor, input);
    revalidatePath("/admin/population");
    if (!result.imported) {
      return {
        ok: true,
        message: "These figures were already imported from this form, so they were saved once.",
        data: IMPORTED,
      };
    }
    const { rows, created, replaced, unchanged } = result.counts;
    const figures = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "figure" : "figures"}`;
    return {
      ok: true,
      message: `${figures(rows)} imported: ${created.toLocaleString("en-GB")} new, ${replaced.toLocaleString("en-GB")} replaced, ${unchanged.toLocaleString("en-GB")} unchanged.`,
      data: IMPORTED,
    };
  });
}
