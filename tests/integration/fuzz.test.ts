/**
 * Issue 19, item 3: every server action in the access matrix, as a role that holds its permission,
 * gets at least 200 malformed forms (fast-check). Each must come back as a refusal (`ok: false`
 * with a message a person can act on) or a redirect, never the "something went wrong" state of an
 * unexpected error, and nothing in the database may change. Then every route handler
 * (fuzz-routes.ts), on the same seeded database. See docs/decisions/0042.
 */
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS } from "@/lib/auth/access-matrix";
import { can, rolesWith, type Permission } from "@/lib/auth/permissions";
import { seed } from "@/prisma/seed";
import { makeActor, makeCouncil } from "./factories";
import { fuzzRoutes, routeTotals } from "./fuzz-routes";
import {
  countWrites,
  diffSnapshots,
  idPools,
  snapshotTables,
  writes,
  type IdPools,
  type Snapshot,
} from "./fuzz-database";
import {
  COMMON_FIELDS,
  ID_FIELD,
  filePart,
  formFieldsOf,
  hostileText,
  toFormData,
  valueText,
  type FuzzEntry,
  type FuzzValue,
} from "../support/fuzz-inputs";

// Server actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  getSessionState: async () =>
    current
      ? { kind: "acting", sessionId: "fuzz-session", actor: current, membershipCount: 1 }
      : { kind: "signed-out" },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Outside a request Next has no headers or cookies; the actions get empty ones.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77" }),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => {},
    delete: () => {},
  }),
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** What runAction answers for an error it did not expect (lib/actions/form-state.ts). */
const UNEXPECTED = /something went wrong/i;

type AnyAction = ((prev: null, formData: FormData) => Promise<unknown>) & {
  permission?: Permission;
  schema?: { safeParse(input: unknown): { success: boolean } };
  readInput?: (formData: FormData) => unknown;
};

async function load(key: string): Promise<AnyAction> {
  const [file, name] = key.split("#");
  const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as Record<
    string,
    AnyAction
  >;
  return mod[name];
}

const actors = new Map<string, Actor>();
// The signed-in routes are exports: from a small council of the test's own, so each is quick.
const routeActors = new Map<string, Actor>();
let routeCouncilSlug = "";
let ids: IdPools;
let tablesBefore: Snapshot;
const totals = { actions: 0, cases: 0, skipped: 0, reachedData: 0, ms: 0, pastSchemaMs: 0, refusedMs: 0 };

beforeAll(async () => {
  // Two demo councils: Northshire is the actors' own (its records are "own" ids), Eastbrook's are foreign.
  await seed();
  const own = await prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } });
  const foreign = await prisma.council.findUniqueOrThrow({ where: { slug: "eastbrook" } });
  ids = await idPools(own.id, foreign.id);
  for (const role of rolesWith("read:dashboard:own")) actors.set(role, await makeActor(own.id, role));
  const small = await makeCouncil();
  routeCouncilSlug = small.slug;
  for (const role of rolesWith("read:dashboard:own")) routeActors.set(role, await makeActor(small.id, role));
  await countWrites();
  tablesBefore = await snapshotTables();
}, 60_000);

afterAll(() => {
  const r = routeTotals;
  console.log(
    `[fuzz] ${totals.actions} actions and ${r.routes} route methods, ${totals.cases + r.cases} cases ` +
      `(${totals.cases} forms, ${r.cases} requests) in ${((totals.ms + r.ms) / 1000).toFixed(1)} s; ` +
      `${totals.reachedData} forms got past the schema (their calls ${(totals.pastSchemaMs / 1000).toFixed(1)} s), ` +
      `${totals.skipped} well-formed forms skipped`,
  );
});

/**
 * Who sends the forms: signed out for what the public may do (a one-time link, forgot password),
 * unless the scope is the person's own; otherwise the first role that holds the permission.
 */
function actorFor(permission: Permission): Actor | null {
  if (can(null, permission) && !permission.endsWith(":own")) return null;
  return actors.get(rolesWith(permission)[0])!;
}

/** A cuid-shaped id that no table holds. */
const missingId = fc.stringMatching(/^c[a-z0-9]{24}$/);

function inputs(fields: Map<string, string[]>, withOwnIds: boolean): fc.Arbitrary<FuzzEntry[]> {
  const names = [...fields.keys()];
  const idValue: fc.Arbitrary<FuzzValue> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids.foreign) },
    { weight: 1, arbitrary: missingId },
    ...(withOwnIds ? [{ weight: 1, arbitrary: fc.constantFrom(...ids.own) }] : []),
  );
  const valueFor = (name: string): fc.Arbitrary<FuzzValue> => {
    const choices = fields.get(name) ?? [];
    return fc.oneof(
      { weight: 6, arbitrary: hostileText },
      { weight: 1, arbitrary: filePart },
      { weight: ID_FIELD.test(name) ? 6 : 1, arbitrary: idValue },
      ...(choices.length ? [{ weight: 4, arbitrary: fc.constantFrom(...choices) }] : []),
    );
  };
  const extraName = fc.oneof(
    fc.constantFrom(...COMMON_FIELDS, "extra", "$ACTION_ID_0", "__proto__", "constructor", "a".repeat(5000)),
    fc.string({ maxLength: 12 }),
  );
  const entry: fc.Arbitrary<FuzzEntry> = (
    names.length ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, extraName) : extraName
  ).chain((name) => valueFor(name).map((value): FuzzEntry => [name, value]));
  // Some fields, some repeated, some unknown.
  const scattered = fc.array(entry, { maxLength: names.length + 4 });
  // Every field once (a near-real form with one or more hostile values), then a few more.
  const everyField = fc
    .tuple(
      fc.tuple(...names.map((n) => valueFor(n).map((v): FuzzEntry => [n, v]))),
      fc.array(entry, { maxLength: 3 }),
    )
    .map(([all, more]) => [...all, ...more]);
  return names.length ? fc.oneof(scattered, everyField) : scattered;
}

function isControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest);
}

describe("fuzzing every server action with malformed forms", () => {
  it("has the actions of the matrix to fuzz", () => expect(Object.keys(ACTIONS).length).toBeGreaterThan(100));

  it.each(Object.entries(ACTIONS))("%s", async (key, permission) => {
    const t0 = performance.now();
    const action = await load(key);
    current = actorFor(permission);
    const { schema, readInput } = action;
    let fields: Map<string, string[]>;
    if (schema && readInput) {
      fields = formFieldsOf(schema as never);
    } else {
      // No schema to read (docs/decisions/0020): the names its own field errors give, and common ones.
      const probe = (await action(null, new FormData()).catch(() => null)) as {
        fieldErrors?: Record<string, string>;
      } | null;
      fields = new Map([...Object.keys(probe?.fieldErrors ?? {}), ...COMMON_FIELDS].map((n) => [n, []]));
    }
    // Own ids only where the schema can tell a malformed form from one that may rightly succeed.
    const arb = inputs(fields, Boolean(schema));
    const before = await writes();
    let cases = 0;
    await fc
      .assert(
        fc.asyncProperty(arb, async (entries) => {
          const form = toFormData(entries);
          let wellFormed = false;
          if (schema && readInput) {
            try {
              wellFormed = schema.safeParse(readInput(form)).success;
            } catch {
              wellFormed = false;
            }
            if (wellFormed) {
              // A well-formed form about the actor's own records (or an organisation, which several
              // councils may share) may rightly succeed: not a fuzz case.
              const values = entries.map(([, v]) => valueText(v));
              const hasOwn = values.some((v) => ids.ownSet.has(v) || ids.sharedSet.has(v));
              const poisonedId = entries.some(
                ([n, v]) => fields.has(n) && ID_FIELD.test(n) && typeof v === "string" && v.trim() !== "",
              );
              if (hasOwn || !poisonedId) {
                totals.skipped++;
                fc.pre(false);
              }
              totals.reachedData++;
            }
          }
          cases++;
          let state: unknown;
          const t1 = performance.now();
          try {
            // A plain form action (setDisplayMode) takes the form alone.
            state = await (action.length === 1
              ? (action as unknown as (f: FormData) => Promise<unknown>)(form)
              : action(null, form));
          } catch (e) {
            if (isControlFlow(e)) return;
            throw new Error(`${key} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
          } finally {
            totals[wellFormed ? "pastSchemaMs" : "refusedMs"] += performance.now() - t1;
          }
          if (state === undefined && !schema) return; // a plain form action (setDisplayMode) answers nothing
          const s = state as { ok?: boolean; formError?: string } | null;
          if (!s || s.ok !== false)
            throw new Error(`${key} accepted a malformed form: ${JSON.stringify(state)?.slice(0, 300)}`);
          if (s.formError && UNEXPECTED.test(s.formError))
            throw new Error(`${key} hit an unexpected error (see the [action] log line above)`);
        }),
        { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      )
      .catch((e: Error) => {
        throw new Error(`${key}\n${e.message}\n${(e.cause as Error | undefined)?.message ?? ""}`);
      });
    const after = await writes();
    const changed = diffSnapshots(before, after);
    expect(changed, `${key} changed the database`).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(RUNS);
    totals.actions++;
    totals.cases += cases;
    totals.ms += performance.now() - t0;
  });

  it("left every table's rows and latest update as they were", async () => {
    expect(diffSnapshots(tablesBefore, await snapshotTables())).toEqual([]);
  });
});

fuzzRoutes(() => ({
  ids,
  mySlug: routeCouncilSlug,
  actors: routeActors,
  setActor: (actor) => {
    current = actor;
  },
}));
