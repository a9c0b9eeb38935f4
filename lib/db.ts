import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { isConnectionFailure, markDatabaseDown, markDatabaseUp } from "./db-availability";
import { currentDbScope } from "./db-scope";

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: () => void) => void;

/**
 * The pool tells lib/db-availability what it sees: a connection that fails to open, or an open
 * one the server drops, marks the database down; a connection that opens marks it up again.
 */
export class WatchedPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    this.on("connect", () => markDatabaseUp());
    // An idle connection the server closed (a restart): without a listener it would crash the process.
    this.on("error", (e) => {
      if (isConnectionFailure(e)) markDatabaseDown();
    });
  }

  /**
   * What each pooled connection is set to: the council id its role and app.council_id were last set
   * for, "" for none. A new connection starts with none. Session-level settings survive on the
   * connection, so a checkout for the same council as before costs nothing.
   */
  private readonly scopes = new WeakMap<pg.PoolClient, string>();

  /**
   * Sets the connection for the scope of the code asking for it (lib/db-scope.ts, decision 0045):
   * the role portal_app with app.council_id, bound by the row-level security policies, or back to
   * its own role with no council. Every checkout sets or resets, so nothing carries between requests.
   */
  private async applyScope(client: pg.PoolClient, councilId: string): Promise<void> {
    if ((this.scopes.get(client) ?? "") === councilId) return;
    this.scopes.delete(client);
    if (councilId)
      await client.query(
        "SELECT set_config('app.council_id', $1, false), set_config('role', 'portal_app', false)",
        [councilId],
      );
    else
      await client.query("SELECT set_config('role', 'none', false), set_config('app.council_id', '', false)");
    this.scopes.set(client, councilId);
  }

  // pg-pool's own query() calls connect() with a callback; everyone else awaits the promise.
  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const seen = (e: unknown) => {
      if (isConnectionFailure(e)) markDatabaseDown();
    };
    // Read here, in the caller's async context, before any callback of the pool's own.
    const councilId = currentDbScope()?.councilId ?? "";
    if (callback)
      return super.connect((err, client, done) => {
        if (err || !client) {
          if (err) seen(err);
          return callback(err, client, done);
        }
        this.applyScope(client, councilId).then(
          () => callback(undefined, client, done),
          (e: Error) => {
            seen(e);
            // A connection in an unknown state is not given back to the pool.
            client.release(e);
            callback(e, undefined, () => {});
          },
        );
      });
    return super.connect().then(
      async (client) => {
        try {
          await this.applyScope(client, councilId);
        } catch (e) {
          client.release(e as Error);
          throw e;
        }
        return client;
      },
      (e: unknown) => {
        seen(e);
        throw e;
      },
    );
  }
}

/** The parts of Prisma's request handler that batch findUnique (prisma 6.19's runtime). */
interface BatchingInternals {
  _requestHandler?: { dataloader?: { options?: { batchBy: (request: unknown) => string | undefined } } };
}

/**
 * Prisma gathers the findUnique calls made in one tick and sends them together, from the async
 * context of whichever call came first: so the connection's scope would be that caller's, and one
 * council's lookup, made at the same instant as another's, would run in the other's scope and find
 * nothing. Lookups in a scope are therefore never gathered (they go straight through, in their own
 * context); those outside any scope still are. Without these internals the client fails here at
 * start, not silently (tests/integration/row-level-security.test.ts shows the case).
 */
function keepScopesApart(client: PrismaClient): PrismaClient {
  const options = (client as unknown as BatchingInternals)._requestHandler?.dataloader?.options;
  if (!options?.batchBy)
    throw new Error("lib/db.ts: Prisma's findUnique batching has moved; see keepScopesApart");
  const batchBy = options.batchBy.bind(options);
  options.batchBy = (request) => (currentDbScope() ? undefined : batchBy(request));
  return client;
}

function createClient(connectionString = process.env.DATABASE_URL) {
  // No connection is made until the first query, so importing this module is
  // safe during `next build` even when DATABASE_URL is unset.
  const pool = new WatchedPool({ connectionString, max: Number(process.env.DB_POOL_MAX ?? 10) });
  return keepScopesApart(
    new PrismaClient({
      adapter: new PrismaPg(pool, {
        onConnectionError: (e) => {
          if (isConnectionFailure(e)) markDatabaseDown();
        },
      }),
    }),
  );
}

// Reuse one client across Next.js dev hot reloads / vitest module reloads.
const globalForPrisma = globalThis as unknown as {
  prisma?: ReturnType<typeof createClient>;
  prismaReplica?: ReturnType<typeof createClient>;
};
export const prisma = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

/**
 * For the heavy read-only pages only (register statistics, needs analysis): a PostgreSQL read
 * replica when DATABASE_REPLICA_URL is set, else the primary. A replica lags a little, so nothing
 * that must show a change just made reads from it (docs/decisions/0026).
 */
export const replica =
  globalForPrisma.prismaReplica ??
  (process.env.DATABASE_REPLICA_URL ? createClient(process.env.DATABASE_REPLICA_URL) : prisma);
if (process.env.NODE_ENV !== "production" && replica !== prisma) globalForPrisma.prismaReplica = replica;

export type Db = typeof prisma;
/** A client or an interactive-transaction client: data functions accept either. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
