import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const DIR = path.resolve(import.meta.dirname, "../fixtures/standards/oruk");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8")) as object;

const PAGE_FIELDS = [
  "total_items",
  "total_pages",
  "page_number",
  "size",
  "first_page",
  "last_page",
  "empty",
  "contents",
];

/**
 * Validators for Open Referral UK 3.0 responses: single records (`service.json`,
 * `organization.json`), and pages (openapi.json's `Page`, each item of `contents` the list schema
 * of its kind: services, organizations, service_at_locations, taxonomies, taxonomy terms), from the
 * uk-profile schemas copied into tests/fixtures/standards/oruk.
 * Non-strict: the schemas carry the Frictionless data package's own keywords.
 */
export function orukValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // taxonomy.json refers to its terms by file name.
  ajv.addSchema(read("taxonomy_term.json"), "taxonomy_term.json");
  const pageOf = (item: object) =>
    ajv.compile({
      allOf: [read("page.json")],
      type: "object",
      required: PAGE_FIELDS,
      properties: { contents: { type: "array", items: item } },
    });
  return {
    service: ajv.compile(read("service.json")),
    page: pageOf(read("service_list.json")),
    organization: ajv.compile(read("organization.json")),
    organizationPage: pageOf(read("organization_list.json")),
    serviceAtLocationPage: pageOf(read("service_at_location_list.json")),
    taxonomyPage: pageOf(read("taxonomy.json")),
    taxonomyTermPage: pageOf(read("taxonomy_term.json")),
  };
}
