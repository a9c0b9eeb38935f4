import type { AppErrorCode } from "../errors";
import { isAppError } from "../errors";

/**
 * The HTTP status for each expected failure. A record outside the actor's scope is already
 * NOT_FOUND (third wall), so NOT_ALLOWED here means "in scope, but not yours to do": 403.
 * A missing permission never gets here as 403: defineRoute answers it with 404.
 */
export const STATUS_FOR: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  NOT_ALLOWED: 403,
  INVALID: 400,
  CONFLICT: 409,
  THROTTLED: 429,
};

export const PAGE_NOT_FOUND = "Page not found";
export const SOMETHING_WENT_WRONG = "Sorry, something went wrong. Try again in a few minutes.";

/** A short plain-text answer, the body of every error a route gives. */
export function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** Turns what a route handler threw into a response: the AppError's status and message, else a plain 500. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) {
    const status = STATUS_FOR[e.code];
    return plainText(status, status === 404 ? PAGE_NOT_FOUND : e.message);
  }
  // By name only: no personal data, no stack in the logs or the response.
  console.error(`[route] unexpected ${e instanceof Error ? e.name : typeof e}`);
  return plainText(500, SOMETHING_WENT_WRONG);
}
