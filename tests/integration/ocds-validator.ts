import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const DIR = path.resolve(import.meta.dirname, "../fixtures/standards/ocds");

/** Validates against the published OCDS 1.1 release package schema (draft-04; both schemas registered). */
export function ocdsValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(DIR, "release-schema.json"), "utf8")));
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(DIR, "release-package-schema.json"), "utf8")));
}
