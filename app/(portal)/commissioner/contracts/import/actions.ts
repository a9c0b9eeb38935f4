"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { contractImportSchema, contractUploadSchema } from "@/lib/schemas/contract-import";
import { decodeCsvBytes } from "@/lib/spreadsheets/read-csv";
import { formatMoney } from "@/lib/domain/money";
import { previewContractImport } from "@/lib/data/contracts/preview-contract-import";
import { importContracts } from "@/lib/data/contracts/import-contracts";
import { previewData } from "./preview-state";

/** Checks an uploaded contracts CSV and shows what importing it would create. Saves nothing. */
export async function previewContractImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async (): Promise<FormState> => {
    const actor = await getActor();
    requirePermission(actor, "import:contract:council");
    const { file } = parseForm(contractUploadSchema, { file: formData.get("file") });
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const preview = await previewContractImport(actor!, text);
    return { ok: true, data: previewData(preview) };
  });
}

/** Creates the previewed contracts, checked again, in one transaction; a repeated submit saves once. */
export async function importContractsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async (): Promise<FormState> => {
    const actor = await getActor();
    requirePermission(actor, "import:contract:council");
    const input = parseForm(contractImportSchema, {
      submissionKey: formData.get("submissionKey") ?? "",
      csv: formData.get("csv") ?? "",
    });
    const result = await importContracts(actor!, input);
    revalidatePath("/commissioner/contracts");
    // A fresh submission key for the next file.
    revalidatePath("/commissioner/contracts/import");
    if (!result.imported) {
      return {
        ok: true,
        message: "These contracts were already imported from this form, so they were saved once.",
        data: { step: "imported" },
      };
    }
    const { contracts, annualValue } = result.counts;
    return {
      ok: true,
      message: `${contracts.toLocaleString("en-GB")} ${contracts === 1 ? "contract" : "contracts"} imported, worth ${formatMoney(annualValue)} a year.`,
      data: { step: "imported" },
    };
  });
}
