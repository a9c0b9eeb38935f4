import { CSV_FILE_MAX_BYTES, csvImportStepSchema, csvUploadSchema } from "./csv-upload";

/** Uploads larger than this are refused (the shared CSV upload rule). */
export const POPULATION_FILE_MAX_BYTES = CSV_FILE_MAX_BYTES;

/** The upload on the preview step. */
export const populationUploadSchema = csvUploadSchema;

/** The import step: the checked figures come back as CSV text and are checked again. */
export const populationImportSchema = csvImportStepSchema(
  "The figures are too large to import. Split the file into smaller files",
);
