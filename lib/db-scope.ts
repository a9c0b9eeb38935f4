import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import type { Actor } from "./auth/actor";
import type { Tx } from "./db";

/**
 * Which council the database connection is set to (row-level security, docs/decisions/0045). While a
 * council's user acts, lib/db.ts switches every connection it hands out to the role portal_app with
 * app.council_id set, and the policies then show and accept that council's rows only: a forgotten
 * `councilId` filter finds nothing of another council's. Without a scope (signed out, the platform
 * administrator, jobs, scripts, seeding, tests calling data functions, the session's own loading) the
 * connection keeps its own role and reads as before.
 */
export interface DbScope {
  councilId: string;
}

interface Store {
  scope: DbScope | null;
}

const storage = new AsyncLocalStorage<Store>();

/**
 * Pages have no wrapper to run inside, and an async function cannot change its caller's async
 * context, so requirePageActor fills this per-request holder instead (React's cache: one object per
 * server render, a fresh one each call outside a render). It is read only when no store is active.
 */
const pageHolder = cache((): Store => ({ scope: null }));

/** Off only when DB_ROW_LEVEL_SECURITY=off (to measure its cost): no scope is ever set. */
export function rowLevelSecurityOn(): boolean {
  return process.env.DB_ROW_LEVEL_SECURITY !== "off";
}

/**
 * Permissions that do not act as the council's user: published data (`:public`, which may be
 * another council's), one-time links (`:token`, which name their own council), the platform's, and
 * choosing which membership to act for (any of the person's councils).
 */
const UNSCOPED = /:(public|token|platform)$|^choose:membership:own$/;

/**
 * The scope an actor's requests run in: their council, except for the platform administrator (above
 * councils) and the permissions above.
 */
export function scopeFor(
  actor: Pick<Actor, "councilId" | "role"> | null,
  permission?: string,
): DbScope | null {
  if (!actor || actor.role === "PLATFORM_ADMIN" || !rowLevelSecurityOn()) return null;
  if (permission && UNSCOPED.test(permission)) return null;
  return { councilId: actor.councilId };
}

/**
 * Runs `fn` with every query it makes confined to the actor's council (actions and route handlers,
 * with the permission they checked).
 */
export function runInCouncilScope<T>(
  actor: Pick<Actor, "councilId" | "role"> | null,
  fn: () => Promise<T>,
  permission?: string,
): Promise<T> {
  // Awaited inside: a Prisma query is lazy, and runs where it is awaited, not where it is made.
  return storage.run({ scope: scopeFor(actor, permission) }, async () => await fn());
}

/** For pages: the rest of this server render queries as the actor's council. */
export function enterPageCouncilScope(actor: Pick<Actor, "councilId" | "role">, permission: string): void {
  pageHolder().scope = scopeFor(actor, permission);
}

/** The scope of the code running now: the innermost store, else this render's page holder, else none. */
export function currentDbScope(): DbScope | null {
  const store = storage.getStore();
  if (store) return store.scope;
  return pageHolder().scope;
}

/**
 * The few reads and writes that cross councils on purpose (a person's memberships elsewhere, a
 * provider applying to another council, notifications in each council a person acts for) run
 * through here, so each is named in the code and listed in 0045. Outside a transaction `fn` runs
 * with no scope. Inside one, the connection is already set: the role is reset for this transaction
 * only (SET LOCAL) and set back after `fn`, so the rest of the transaction keeps the wall.
 */
export async function acrossCouncils<T>(db: Tx, fn: (db: Tx) => Promise<T>): Promise<T> {
  const scope = currentDbScope();
  if (!scope) return fn(db);
  if ("$transaction" in db) return storage.run({ scope: null }, async () => await fn(db));
  await db.$executeRaw`SET LOCAL ROLE NONE`;
  let result: T;
  try {
    result = await fn(db);
  } catch (e) {
    // The wall comes back even when fn fails and its caller goes on in the same transaction. (After
    // a database error the transaction accepts nothing more, this included: fn's error is the one.)
    await db.$executeRaw`SET LOCAL ROLE portal_app`.catch(() => {});
    throw e;
  }
  await db.$executeRaw`SET LOCAL ROLE portal_app`;
  return result;
}
