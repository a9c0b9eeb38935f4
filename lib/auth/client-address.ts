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
 * The address a sign-in comes from, for throttling, or null when it cannot be known.
 *
 * The portal's server (scripts/next-server.mjs) puts the TCP peer's address in `x-portal-peer`,
 * overwriting any a client sent. The chain of addresses is then X-Forwarded-For's entries followed
 * by the peer; the last N are our own proxies (TRUSTED_PROXY_COUNT), so the client is the entry
 * just before them. With no proxy that is the peer itself, and X-Forwarded-For (which the client
 * writes) is never read. Without the peer header (`next dev`), only a configured proxy's
 * X-Forwarded-For entry can be trusted, and with none the address is unknown.
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustedProxies = trustedProxyCount(),
): string | null {
  const peer = first(headers?.["x-portal-peer"])?.trim();
  const raw = headers?.["x-forwarded-for"];
  const forwarded = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  let hop: string | undefined;
  if (peer) {
    const chain = [...forwarded, peer];
    hop = chain[chain.length - 1 - trustedProxies];
  } else if (trustedProxies > 0) {
    hop = forwarded[forwarded.length - trustedProxies];
  }
  if (!hop) return null;
  const address = withoutPort(hop).replace(/^::ffff:(?=\d+\.)/, "");
  return isIP(address) ? address : null;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Some proxies write "203.0.113.5:41234" or "[2001:db8::1]:443". */
function withoutPort(hop: string): string {
  const bracketed = hop.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) return bracketed[1];
  const v4 = hop.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/);
  return v4 ? v4[1] : hop;
}
