import {
  byDateThenId,
  compileRecord,
  processOcid,
  processReleases,
  releasePackageOf,
} from "../../domain/ocds/process-releases";
import { encodeOcdsCursor, type OcdsCursor } from "../../schemas/ocds-search";
import { listOcdsProcesses } from "./ocds-processes";

/**
 * A page of the council's OCDS releases, oldest first, after `cursor` (date, then id), with
 * `links.next` while more remain. Null when no council has this slug.
 */
export async function listOcdsReleases(
  slug: string,
  q: { cursor?: OcdsCursor; limit: number },
  url: URL,
  now = new Date(),
) {
  const data = await listOcdsProcesses(slug);
  if (!data) return null;
  const all = data.processes.flatMap((p) => processReleases(data.council, p)).sort(byDateThenId);
  const after = q.cursor
    ? all.filter((r) => byDateThenId(r, { date: q.cursor!.d, id: q.cursor!.i }) > 0)
    : all;
  const page = after.slice(0, q.limit);
  let next: string | undefined;
  if (after.length > page.length) {
    const last = page[page.length - 1];
    const nextUrl = new URL(url.pathname, url);
    nextUrl.searchParams.set("limit", String(q.limit));
    nextUrl.searchParams.set("cursor", encodeOcdsCursor({ d: last.date, i: last.id }));
    next = nextUrl.href;
  }
  return releasePackageOf(data.council, page, url.href, now, next);
}

/** One process of the council by its ocid: every release, and the compiled record. Null otherwise. */
export async function getOcdsProcess(slug: string, ocid: string, url: URL, now = new Date()) {
  const data = await listOcdsProcesses(slug);
  if (!data) return null;
  const process = data.processes.find((p) => processOcid(data.council, p.key) === ocid);
  if (!process) return null;
  const releases = processReleases(data.council, process);
  return {
    ...releasePackageOf(data.council, releases, url.href, now),
    records: [compileRecord(ocid, releases, url.href)],
  };
}
