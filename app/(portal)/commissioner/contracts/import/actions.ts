"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/require-actor";
import { parseForm, runAction } from "@/lib/actions/form-state";
import { contractImportSchema, contractUploadSchema } from "@/lib/schemas/contract-import";
import { decodeCsvBytes } from "@/lib/spreadsheets/read-csv";
import { formatMoney } from "@/lib/domain/money";
import { previewContractImport } from "@/lib/data/contracts/preview-contract-import";
import { importContracts } from "@/lib/data/contracts/import-contracts";
import { IMPORTED } from "@/lib/spreadsheets/import-preview";
import { previewData, type PreviewState } from "./preview-state";

/** Checks an uploaded contracts CSV and shows what importing it would create. Saves nothing. */
export async function previewContractImportAction(
  _prev: PreviewState,
  formData: FormData,
): Promise<PreviewState> {
  return runAction(formData, async (): Promise<PreviewState> => {
    const actor = await requireActor("import:contract:council");
    const { file } = parseForm(contractUploadSchema, { file: formData.get("file") });
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = await previewContractImport(actor, text);
    return { ok: true, data: previewData(preview) };
  });
}

/** Creates the previewed contracts, checked again, in one transaction; a repeated submit saves once. */
export async function importContractsAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  return runAction(formData, async (): Promise<PreviewState> => {
    const actor = await requireActor("import:contract:council");
    const input = parseForm(contractImportSchema, {
      submissionKey: formData.get("submissionKey") ?? "",
      csv: formData.get("csv") ?? "",
    });
    const result = await importContracts(actor, input);
    revalidatePath("/commissioner/contracts");
    // A fresh submission key for the next file.
    revalidatePath("/commissioner/contracts/import");
    if (!result.imported) {
      return {
        ok: true,
        message: "These contracts were already imported from this form, so they were saved once.",
        data: IMPORTED,
      };
    }
    const { contracts, annualValue } = result.counts;
    return {
      ok: true,
      message: `${contracts.toLocaleString("en-GB")} ${contracts === 1 ? "contract" : "contracts"} imported, worth ${formatMoney(annualValue)} a year.`,
      data: IMPORTED,
    };
  });
}
