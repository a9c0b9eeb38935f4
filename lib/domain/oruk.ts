import { createHash } from "node:crypto";

/**
 * Open Referral UK wants UUIDs where the portal has cuids. A listing has its own stored UUID
 * (Service.orukId, so /services/{id} is one indexed lookup); things the feed only refers to
 * (organisations, districts, venues, taxonomies and their terms) get a name-based UUID (version 5, RFC 9562) of their id, the same
 * on every call, so a consumer can join on it.
 */
const NAMESPACE = Buffer.from("6f1c2a4e8b3d4f5a9c7e1d2b3a4c5e6f", "hex");

export type OrukKind =
  "organization" | "service_area" | "service_at_location" | "location" | "taxonomy" | "taxonomy_term";

export function orukUuid(kind: OrukKind, id: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(`${kind}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A page of results as ORUK's `Page` (openapi.json) shapes it. */
export function orukPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
