import { z } from "zod";
import { submissionKey } from "./users";
import { CSV_FILE_MAX_BYTES, csvUploadSchema } from "./csv-upload";

/** Uploads larger than this are refused (the shared CSV upload rule). */
export const POPULATION_FILE_MAX_BYTES = CSV_FILE_MAX_BYTES;

/** The upload on the preview step. */
export const populationUploadSchema = csvUploadSchema;

/**
 * The import step: the checked figures come back as CSV text and are checked again, as nothing
 * from the browser is trusted between preview and import.
 */
export const populationImportSchema = z
  .object({
    submissionKey,
    csv: z
      .string({ error: "Choose the file and preview it again" })
      .min(1, "Choose the file and preview it again")
      .max(
        POPULATION_FILE_MAX_BYTES,
        "The figures are too large to import. Split the file into smaller files",
      ),
  })
  .strict();
