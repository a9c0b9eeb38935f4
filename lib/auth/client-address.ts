import { isIP } from "node:net";

/**
 * How many reverse proxies we run in front of the portal (env TRUSTED_PROXY_COUNT, default 0).
 * Each appends the address it saw to X-Forwarded-For, so only the last N entries are theirs;
 * anything to the left was written by the client and proves nothing.
 */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT): number {
  if (!value || !/^\d{1,2}$/.test(value.trim())) return 0;
  return Number(value.trim());
}

/**
 * The address a sign-in comes from, for throttling, or null when it cannot be known. With no
 * trusted proxy X-Forwarded-For is ignored entirely (the client sets it; Next.js does not give
 * route handlers the socket address). With N, it is the Nth entry from the right: the address
 * the outermost of our proxies saw.
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustedProxies = trustedProxyCount(),
): string | null {
  if (trustedProxies <= 0) return null;
  const raw = headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length < trustedProxies) return null;
  const address = withoutPort(hops[hops.length - trustedProxies]);
  return isIP(address) ? address : null;
}

/** Some proxies write "203.0.113.5:41234" or "[2001:db8::1]:443". */
function withoutPort(hop: string): string {
  const bracketed = hop.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) return bracketed[1];
  const v4 = hop.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/);
  return v4 ? v4[1] : hop;
}
