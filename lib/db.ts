import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { isConnectionFailure, markDatabaseDown, markDatabaseUp } from "./db-availability";

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

  // pg-pool's own query() calls connect() with a callback; everyone else awaits the promise.
  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const seen = (e: unknown) => {
      if (isConnectionFailure(e)) markDatabaseDown();
    };
    if (callback)
      return super.connect((err, client, done) => {
        if (err) seen(err);
        callback(err, client, done);
      });
    return super.connect().catch((e: unknown) => {
      seen(e);
      throw e;
    });
  }
}

function createClient(connectionString = process.env.DATABASE_URL) {
  // No connection is made until the first query, so importing this module is
  // safe during `next build` even when DATABASE_URL is unset.
  const pool = new WatchedPool({ connectionString, max: Number(process.env.DB_POOL_MAX ?? 10) });
  return new PrismaClient({
    adapter: new PrismaPg(pool, {
      onConnectionError: (e) => {
        if (isConnectionFailure(e)) markDatabaseDown();
      },
    }),
  });
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
