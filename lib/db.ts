import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

function createClient(connectionString = process.env.DATABASE_URL) {
  // No connection is made until the first query, so importing this module is
  // safe during `next build` even when DATABASE_URL is unset.
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: Number(process.env.DB_POOL_MAX ?? 10),
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
