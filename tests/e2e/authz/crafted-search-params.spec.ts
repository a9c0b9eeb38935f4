import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { PAGES, rolesForPage } from "../../../lib/auth/access-matrix";
import { test, expect, ROLE_WORDS, ROLE_ENUM, stateFor, type RoleWord } from "../support";
import { concretePath } from "./concrete-path";

/**
 * Every page that reads its query string, as every role, with values a person never clicks:
 * inherited object keys, quotes, huge and negative numbers, 10,000 characters, repeated keys.
 * No answer may be a 5xx, and none may show another council's records. Each page gets every value
 * from its first role; its other roles, and the other council, send the values that once dropped a
 * scope (SCOPE_PROBES). Pages come from the access matrix (so a new page is covered) and parameter
 * names from the sources (so a new one is too).
 */

const APP = path.resolve("app");

/** Route → page source, for every page.tsx under app/ (route groups left out). */
function pageSources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const segments = path
          .relative(APP, dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        out.set(`/${segments.join("/")}`, fs.readFileSync(full, "utf8"));
      }
    }
  };
  walk(APP);
  return out;
}

const SOURCES = pageSources();
const SCHEMA_SOURCES = fs
  .readdirSync("lib/schemas")
  .map((f) => fs.readFileSync(path.join("lib/schemas", f), "utf8"))
  .join("\n");

/** Names of query-string fields: the keys of search schemas in the pages and lib/schemas. */
const KEYS = [
  ...new Set([
    "page",
    "view",
    "status",
    "callbackUrl",
    ...[
      ...`${[...SOURCES.values()].join("\n")}\n${SCHEMA_SOURCES}`.matchAll(
        /\b([a-zA-Z]+): (?:z\.|idField|codeField|pageField|flagField\(|textField\(|isoDateField|version\b|optionalId)/g,
      ),
    ].map((m) => m[1]),
  ]),
];

/** The matrix's pages whose source reads `searchParams`. */
const PAGES_WITH_PARAMS = Object.keys(PAGES).filter((route) => SOURCES.get(route)?.includes("searchParams"));

/** The parameter names a page's source mentions (its own schema's, or the lists' shared ones). */
function keysFor(route: string): string[] {
  const source = SOURCES.get(route) ?? "";
  return KEYS.filter((k) => new RegExp(`\\b${k}\\b`).test(source));
}

const LONG = "x".repeat(10_000);
/** Each entry is one request: every key set to the value (or values, for a repeated key). */
// One value of each kind: inherited object keys (`constructor` is the one an `in` check once let
// through; toString, valueOf and hasOwnProperty behaved the same and cost a request each on every
// page), markup, a quote, a number too big for an integer, one too big for a float, a negative, NaN.
const CRAFTED: (string | string[])[] = [
  "constructor",
  "__proto__",
  `'"><b>`,
  "' OR '1'='1",
  "99999999999999999999999",
  "1e308",
  "-1",
  "NaN",
  ["constructor", "RED"],
  ["2", "__proto__"],
];

function query(value: string | string[], keys = KEYS): string {
  const sp = new URLSearchParams();
  for (const key of keys) for (const v of [value].flat()) sp.append(key, v);
  return sp.toString();
}

/**
 * The requests for one page: each crafted value in every key, then (with `long`) 10,000 characters
 * in each of its own keys, one at a time to stay under the server's header limit. The long values
 * test the page's parsing, the same for every role, so they go once per page: signed out for a
 * public page, else as the first role that may open it (longVisitor).
 */
function craftedQueries(
  route: string,
  long: boolean,
  values: readonly (string | string[])[] = CRAFTED,
): { shown: string; query: string }[] {
  return [
    ...values.map((value) => ({
      shown: [value]
        .flat()
        .map((v) => v.slice(0, 30))
        .join(" & "),
      query: query(value),
    })),
    ...(long ? keysFor(route) : []).map((key) => ({
      shown: `10,000 characters in ${key}`,
      query: query(LONG, [key]),
    })),
  ];
}

/**
 * The values that once dropped a scope (an inherited key read as a filter), alone and repeated. The
 * other council's pass sends only these: how a page parses the rest is the same in either council,
 * and the Northshire pass sends them all.
 */
const SCOPE_PROBES = CRAFTED.filter((v) => [v].flat().some((x) => x === "constructor" || x === "__proto__"));

/** Who sends a page its long values: nobody signed in for a public page, else its first role. */
function longVisitor(route: string): RoleWord | "public" {
  if (PAGES[route].permission === null) return "public";
  return ROLE_WORDS.find((r) => allowed(route, r)) ?? "public";
}

/** Words that only the other council's records carry (see prisma/seed-data). */
const OTHER_COUNCIL = {
  northshire: { council: "eastbrook", markers: ["EBC-", "Eastbrook Family Link"] },
  eastbrook: { council: "northshire", markers: ["NCC-", "Northshire Play Partnership"] },
} as const;

function allowed(route: string, role: RoleWord): boolean {
  const roles = rolesForPage(PAGES[route]);
  return roles === "everyone" || roles.includes(ROLE_ENUM[role] as (typeof roles)[number]);
}

test("the spec finds the pages and the parameter names it should", () => {
  expect(PAGES_WITH_PARAMS).toContain("/commissioner/returns");
  expect(PAGES_WITH_PARAMS).toContain("/commissioner/tenders/[id]");
  for (const key of ["view", "rag", "moved", "status", "provider", "saved"]) expect(KEYS).toContain(key);
  expect(SCOPE_PROBES).toHaveLength(4);
});

async function expectSafe(
  request: APIRequestContext,
  route: string,
  path: string,
  own: keyof typeof OTHER_COUNCIL,
  long: boolean,
  values: readonly (string | string[])[] = CRAFTED,
) {
  for (const q of craftedQueries(route, long, values)) {
    const shown = `${route} with ${q.shown}`;
    const response = await request.get(`${path}?${q.query}`);
    expect(response.status(), shown).toBeLessThan(500);
    const body = await response.text();
    for (const marker of OTHER_COUNCIL[own].markers)
      expect(body, `${shown}: ${marker}`).not.toContain(marker);
  }
}

for (const role of ROLE_WORDS) {
  test.describe(`as the Northshire ${role}`, () => {
    let request: APIRequestContext;
    test.beforeAll(async ({ playwright, baseURL }) => {
      request = await playwright.request.newContext({ baseURL, storageState: stateFor(role) });
    });
    test.afterAll(async () => request.dispose());

    // Public pages show the same public records to everyone: the signed-out test below covers them.
    for (const route of PAGES_WITH_PARAMS.filter((r) => allowed(r, role) && PAGES[r].permission !== null)) {
      test(`${route}: no 5xx and no Eastbrook records`, async () => {
        // The page's first role sends every value (and the long ones); the other roles, whose scope
        // differs but whose parsing is the same, send the scope probes.
        const long = longVisitor(route) === role;
        const values = long ? CRAFTED : SCOPE_PROBES;
        test.setTimeout(craftedQueries(route, long, values).length * 10_000);
        const p = await concretePath(route);
        // Not sent to sign in (public pages aside): the crafted requests really reach the page.
        const plain = await request.get(p);
        expect(plain.status(), route).toBe(200);
        if (PAGES[route].permission) expect(new URL(plain.url()).pathname, route).toBe(p);
        await expectSafe(request, route, p, "northshire", long, values);
      });
    }
  });
}

// The other way round, for the lists (dynamic pages name Northshire records, so they are 404s).
for (const role of ["commissioner", "provider"] as const) {
  test.describe(`as the Eastbrook ${role}`, () => {
    let request: APIRequestContext;
    test.beforeAll(async ({ playwright, baseURL }) => {
      request = await playwright.request.newContext({ baseURL, storageState: stateFor(role, "eastbrook") });
    });
    test.afterAll(async () => request.dispose());

    for (const route of PAGES_WITH_PARAMS.filter((r) => allowed(r, role) && !r.includes("["))) {
      test(`${route}: no 5xx and no Northshire records`, async () => {
        test.setTimeout(SCOPE_PROBES.length * 10_000);
        await expectSafe(request, route, route, "eastbrook", false, SCOPE_PROBES);
      });
    }
  });
}

test.describe("the markers are real", () => {
  test("an Eastbrook commissioner sees Eastbrook's own returns and contracts, with their markers", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({
      baseURL,
      storageState: stateFor("commissioner", "eastbrook"),
    });
    for (const p of ["/commissioner/returns?view=overdue", "/commissioner/contracts"])
      expect(await (await request.get(p)).text(), p).toContain("EBC-");
    expect(await (await request.get("/commissioner/contracts")).text()).toContain("Eastbrook Family Link");
    await request.dispose();
  });
});

test("the exports answer a crafted query with a 400 or a file, never a 5xx", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL, storageState: stateFor("commissioner") });
  for (const route of ["/commissioner/feedback/export", "/commissioner/statistics/export"])
    for (const value of CRAFTED) {
      const response = await request.get(
        `${route}?${query(value, ["format", "view", "district", "need", "ageBand", "measure"])}`,
      );
      expect(response.status(), `${route} ${[value].flat()[0].slice(0, 30)}`).toBeLessThan(500);
    }
  await request.dispose();
});

test("signed out, public pages with a query string answer crafted values without a 5xx", async ({
  request,
}) => {
  for (const route of PAGES_WITH_PARAMS.filter((r) => PAGES[r].permission === null))
    await expectSafe(request, route, await concretePath(route), "northshire", true);
});
