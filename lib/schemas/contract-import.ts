import { CSV_FILE_MAX_BYTES, csvImportStepSchema, csvUploadSchema } from "./csv-upload";

/** Uploads larger than this are refused (the shared CSV upload rule). */
export const CONTRACT_FILE_MAX_BYTES = CSV_FILE_MAX_BYTES;

/** The upload on the preview step. */
export const contractUploadSchema = csvUploadSchema;

/** The import step: the file's text comes back and is checked again. */
export const contractImportSchema = csvImportStepSchema(
  "The file is too large to import. Split it into smaller files",
);
