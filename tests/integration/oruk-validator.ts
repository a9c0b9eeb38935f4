import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const DIR = path.resolve(import.meta.dirname, "../fixtures/standards/oruk");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8")) as object;

/**
 * Validators for Open Referral UK 3.0 responses: one service (`service.json`), and a page of services
 * (openapi.json's `Page`, each item of `contents` a `service_list.json`). Non-strict: the schemas
 * carry the Frictionless data package's own keywords.
 */
export function orukValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const service = ajv.compile(read("service.json"));
  const page = ajv.compile({
    allOf: [read("page.json")],
    type: "object",
    required: [
      "total_items",
      "total_pages",
      "page_number",
      "size",
      "first_page",
      "last_page",
      "empty",
      "contents",
    ],
    properties: { contents: { type: "array", items: read("service_list.json") } },
  });
  return { service, page };
}
