/**
 * Whether the database answers, as the connection pool last saw it (issue 19, item 8): shared
 * through globalThis, so that the proxy (its own bundle in the same process) sees what the pool
 * saw. While it is down, pages answer a friendly 503 at once instead of each waiting to fail; every
 * PROBE_MS one request goes through as a probe, and the first connection that works again clears
 * it, so the portal recovers by itself.
 */
export const PROBE_MS = 2_000;

interface Availability {
  downSince: number | null;
  lastProbe: number;
}

const state = ((globalThis as { __sbpDatabase?: Availability }).__sbpDatabase ??= {
  downSince: null,
  lastProbe: 0,
});

export function markDatabaseDown(now = Date.now()) {
  if (state.downSince === null) {
    state.downSince = now;
    state.lastProbe = now;
  }
}

export function markDatabaseUp() {
  state.downSince = null;
}

export function databaseDownSince(): number | null {
  return state.downSince;
}

let probing: Promise<boolean> | null = null;

/** One quick connection to the database, at most one at a time: does it answer? */
async function probe(): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether to turn this request away with a 503: the database is down, and the last probe (at most
 * one every PROBE_MS, shared by the requests that arrive meanwhile) found it still down. A probe
 * that finds it back clears the state, and the request goes on.
 */
export async function refuseForDatabase(now = Date.now()): Promise<boolean> {
  if (state.downSince === null) return false;
  if (!probing && now - state.lastProbe >= PROBE_MS) {
    state.lastProbe = now;
    probing = probe().finally(() => (probing = null));
  }
  if (!probing) return true;
  const up = await probing;
  if (up) markDatabaseUp();
  return !up;
}

/** Errors that mean the database cannot be reached, not that a query was wrong. */
export function isConnectionFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    // Network failures, and PostgreSQL's own: shutting down, starting up, too many clients.
    if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"].includes(code))
      return true;
    if (["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08006"].includes(code)) return true;
  }
  const message = e instanceof Error ? e.message : "";
  return /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error/i.test(
    message,
  );
}
