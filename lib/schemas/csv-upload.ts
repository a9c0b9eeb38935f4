import { z } from "zod";
import { submissionKey } from "./fields";

/** Uploads larger than this are refused; next.config.js lets server actions take a little more. */
export const CSV_FILE_MAX_BYTES = 2 * 1024 * 1024;

// Browsers disagree on a CSV's type (Excel on Windows says application/vnd.ms-excel), so the
// name must end in .csv and the type must be one of these or empty.
const CSV_TYPES = new Set([
  "",
  "text/csv",
  "text/plain",
  "text/x-csv",
  "application/csv",
  "application/x-csv",
  "application/vnd.ms-excel",
  "application/octet-stream",
]);

/** The upload on the preview step of a CSV import (population figures, contracts). */
export const csvUploadSchema = z
  .object({
    file: z.unknown().transform((value, ctx): File => {
      const problem = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      // Browsers send an empty input as a 0-byte part whose name may come back as "" or "blob".
      if (!(value instanceof File) || (value.size === 0 && !/\.csv$/i.test(value.name))) {
        return problem("Select a CSV file");
      }
      if (!/\.csv$/i.test(value.name) || !CSV_TYPES.has(value.type.split(";")[0].trim().toLowerCase())) {
        return problem("The selected file must be a CSV");
      }
      if (value.size === 0) return problem("The selected file is empty");
      if (value.size > CSV_FILE_MAX_BYTES) return problem("The selected file must be smaller than 2 MB");
      return value;
    }),
  })
  .strict();

/**
 * The import step of a CSV import: the checked text comes back and is checked again, as nothing
 * from the browser is trusted between preview and import.
 */
export function csvImportStepSchema(tooLarge: string) {
  return z
    .object({
      submissionKey,
      csv: z
        .string({ error: "Choose the file and preview it again" })
        .min(1, "Choose the file and preview it again")
        .max(CSV_FILE_MAX_BYTES, tooLarge),
    })
    .strict();
}
