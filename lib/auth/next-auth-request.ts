import type { NextRequest } from "next/server";
import { PAGE_NOT_FOUND, plainText } from "../actions/route-response";
import { CALLBACK_URL_COOKIES } from "./cookies";

const NOT_FOR_A_HEADER = /[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/;

/** As next-auth checks it: a path, or an absolute http(s) URL. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Requests next-auth would answer with a 500 (and an error in the log) rather than refuse, so that
 * anyone could fill the log with errors; found by the fuzz suite (issue 19). The answer here is the
 * refusal next-auth should have given, or null to let next-auth handle the request:
 * - a control character (NUL, CR, LF, …) or a character beyond Latin-1 (an emoji) in the path or
 *   the query, which next-auth copies into a redirect's Location header, which then cannot be set:
 *   400;
 * - a callback URL (query or cookie) that is not a path or an http(s) URL: 400;
 * - a POST that says it is JSON but is not: 400;
 * - no action (an empty first segment, as in /api/auth//signin), or a GET to the password sign-in's
 *   callback, which only takes a POST: 404.
 */
export async function refuseMalformedAuthRequest(
  request: NextRequest,
  segments: string[],
): Promise<Response | null> {
  const values = [
    ...segments,
    ...request.nextUrl.searchParams.keys(),
    ...request.nextUrl.searchParams.values(),
  ];
  if (values.some((v) => NOT_FOR_A_HEADER.test(v))) return plainText(400, "The request could not be read.");
  const base = request.nextUrl.origin;
  const callbackUrls = [
    ...request.nextUrl.searchParams.getAll("callbackUrl"),
    ...CALLBACK_URL_COOKIES.flatMap((name) => request.cookies.getAll(name).map((c) => c.value)),
  ];
  if (callbackUrls.some((v) => !isHttpUrl(v, base)))
    return plainText(400, "The sign-in link is not valid. Go to the sign-in page and try again.");
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      await request.clone().json();
    } catch {
      return plainText(400, "The request could not be read.");
    }
  }
  if (
    !segments[0] ||
    (request.method !== "POST" && segments[0] === "callback" && segments[1] === "credentials")
  )
    return plainText(404, PAGE_NOT_FOUND);
  return null;
}
