import { z } from "zod";
import { submissionKey } from "./users";
import { CSV_FILE_MAX_BYTES, csvUploadSchema } from "./csv-upload";

/** Uploads larger than this are refused (the shared CSV upload rule). */
export const CONTRACT_FILE_MAX_BYTES = CSV_FILE_MAX_BYTES;

/** The upload on the preview step. */
export const contractUploadSchema = csvUploadSchema;

/**
 * The import step: the file's text comes back and is checked again, as nothing from the browser
 * is trusted between preview and import.
 */
export const contractImportSchema = z
  .object({
    submissionKey,
    csv: z
      .string({ error: "Choose the file and preview it again" })
      .min(1, "Choose the file and preview it again")
      .max(CONTRACT_FILE_MAX_BYTES, "The file is too large to import. Split it into smaller files"),
  })
  .strict();
