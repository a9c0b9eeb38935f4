/**
 * Issue 19, item 3, for route handlers (run by fuzz.test.ts, which seeds once for both): every
 * app/**\/route.ts gets at least 200 crafted requests per method (hostile path params, query
 * strings, and bodies for POST), as someone who holds its permission: never a 5xx, never a throw
 * (Next's redirect and notFound aside), and no row written but the audit of an export. See
 * docs/decisions/0042.
 */
// next-auth refuses to answer without a secret (every deployment sets one).
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ROUTE_HANDLERS } from "@/lib/auth/access-matrix";
import { can, rolesWith, type Permission } from "@/lib/auth/permissions";
import { diffSnapshots, writes, type IdPools } from "./fuzz-database";
import { asFormValue, filePart, hostileText, type FuzzValue } from "../support/fuzz-inputs";

// next-auth reads the request's headers and cookies through next/headers (a CommonJS require,
// outside vitest's mocks); outside Next there is no request scope, so they come from the request sent.
let requestHeaders = new Headers();
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => requestHeaders;
nextHeaders.cookies = async () => {
  // Parsed as Next parses them (the cookie values decoded).
  const jar = new Map(
    new NextRequest("http://localhost", { headers: requestHeaders }).cookies
      .getAll()
      .map((c) => [c.name, c.value]),
  );
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
  };
};

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/, as the matrix names them. */
function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [path.relative(APP, full)] : [];
  });
}

/** The URL path Next serves a route file at: groups dropped, params kept as [name]. */
const urlPathOf = (file: string) =>
  "/" +
  path
    .dirname(file)
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");

const QUERY_NAMES = [
  "page",
  "per_page",
  "limit",
  "cursor",
  "search",
  "minimum_age",
  "maximum_age",
  "format",
  "version",
  "view",
  "district",
  "need",
  "callbackUrl",
  "error",
  "csrf",
  "provider",
  "id",
  "q",
];
const QUERY_CHOICES = ["csv", "xlsx", "json", "district-age", "age-need", "1", "2", "100", "credentials"];
const NEXTAUTH_PATHS = [
  ["signin"],
  ["signout"],
  ["session"],
  ["csrf"],
  ["providers"],
  ["error"],
  ["callback", "credentials"],
  ["signin", "credentials"],
  ["callback", "oidc-x"],
];

/** What the suite hands the route fuzzing: ids, and actors of a small council of its own. */
export interface RouteFuzzContext {
  ids: IdPools;
  mySlug: string;
  actors: Map<string, Actor>;
  setActor: (actor: Actor | null) => void;
}
let ctx: RouteFuzzContext;
let ids: IdPools;
let mySlug = "";
export const routeTotals = { routes: 0, cases: 0, ms: 0 };

function actorFor(permission: Permission | "next-auth"): Actor | null {
  if (permission === "next-auth" || (can(null, permission) && !permission.endsWith(":own"))) return null;
  return ctx.actors.get(rolesWith(permission)[0])!;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A value a URL can carry: lone surrogate halves cannot be percent-encoded, so Next never passes one on. */
const text = (v: FuzzValue) => {
  const s = typeof v === "string" ? v : (asFormValue(v) as string | File);
  // Node refuses a request line over 16 KB (431) before Next sees it: URL parts are cut to 4,000 characters.
  return typeof s === "string" ? s.slice(0, 4000).replace(LONE_SURROGATE, "\uFFFD") : "";
};

function requests(paramNames: string[], method: string, isNextAuth: boolean) {
  const idLike = fc.oneof(
    fc.constantFrom(...ids.foreign),
    fc.constantFrom(...ids.own),
    fc.stringMatching(/^c[a-z0-9]{24}$/),
  );
  const segment = fc.oneof(
    { weight: 3, arbitrary: hostileText.map(text) },
    // The council of the test's own (small, so each answer is quick), another, and none.
    { weight: 3, arbitrary: fc.constantFrom(mySlug, mySlug, "eastbrook", "no-such-council") },
    { weight: 2, arbitrary: idLike },
  );
  const params = fc.tuple(
    ...paramNames.map((name) =>
      name.startsWith("...")
        ? fc.oneof(fc.constantFrom(...NEXTAUTH_PATHS), fc.array(segment, { minLength: 1, maxLength: 3 }))
        : segment,
    ),
  );
  const query = fc.array(
    fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_NAMES) }, fc.string({ maxLength: 8 })),
      fc.oneof({ weight: 3, arbitrary: hostileText.map(text) }, fc.constantFrom(...QUERY_CHOICES), idLike),
    ),
    { maxLength: 5 },
  );
  const body =
    method === "GET"
      ? fc.constant(undefined)
      : fc.oneof(
          fc.array(
            fc.tuple(
              fc.constantFrom("csrfToken", "email", "password", "callbackUrl", "json", "x"),
              fc.oneof(hostileText, filePart),
            ),
            { maxLength: 5 },
          ),
          hostileText.map(text),
          fc.constant('{"email":"a@b.c","password":"x","csrfToken":"nope"}'),
        );
  const headers = fc.record({
    cookie: fc.option(
      fc.constantFrom(
        "next-auth.csrf-token=abc%7Cdef",
        "next-auth.session-token=garbage",
        "next-auth.callback-url=javascript%3Aalert(1)",
        "next-auth.callback-url=%2Fdashboard",
        "a=b; c",
      ),
      { nil: undefined },
    ),
    contentType: fc.constantFrom(
      "application/x-www-form-urlencoded",
      "application/json",
      "text/plain",
      "multipart/form-data",
    ),
  });
  void isNextAuth;
  return fc.record({ params, query, body, headers });
}

const files = routeFiles();
type Handler = (req: NextRequest, ctx: unknown) => Promise<Response>;
/** Each file's exported methods (a method it does not export, Next answers 405 itself). */
const handlers = (
  await Promise.all(
    files.map(async (file) => {
      const mod = (await import(path.join(APP, file))) as Record<string, unknown>;
      return METHODS.filter((m) => typeof mod[m] === "function").map((method) => ({
        file,
        method,
        handler: mod[method] as Handler,
      }));
    }),
  )
).flat();

export function fuzzRoutes(context: () => RouteFuzzContext) {
  describe("fuzzing every route handler with crafted requests", () => {
    it("fuzzes every route file the matrix lists, and only those", () => {
      expect(files.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
    });

    it.each(handlers)("$method $file", async ({ file, method, handler }) => {
      const t0 = performance.now();
      ctx = context();
      ({ ids, mySlug } = ctx);
      const permission = ROUTE_HANDLERS[file];
      ctx.setActor(actorFor(permission));
      const urlPath = urlPathOf(file);
      const paramNames = [...urlPath.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
      const before = await writes();
      let cases = 0;
      await fc
        .assert(
          fc.asyncProperty(
            requests(paramNames, method, permission === "next-auth"),
            async ({ params, query, body, headers }) => {
              cases++;
              let pathname = urlPath;
              const values: Record<string, string | string[]> = {};
              paramNames.forEach((name, i) => {
                const v = params[i];
                values[name.replace(/^\.\.\./, "")] = v;
                const shown = Array.isArray(v) ? v.map(encodeURIComponent).join("/") : encodeURIComponent(v);
                pathname = pathname.replace(`[${name}]`, shown);
              });
              const url = new URL(pathname, "http://localhost");
              for (const [k, v] of query) url.searchParams.append(k, v);
              requestHeaders = new Headers({
                host: "localhost",
                "content-type": headers.contentType,
                "x-forwarded-for": "192.0.2.88",
              });
              if (headers.cookie) requestHeaders.set("cookie", headers.cookie);
              let requestBody: BodyInit | undefined;
              if (Array.isArray(body)) {
                const form = new FormData();
                for (const [k, v] of body) form.append(k, asFormValue(v));
                requestBody = form;
                requestHeaders.delete("content-type");
              } else requestBody = body;
              const request = new NextRequest(url, { method, headers: requestHeaders, body: requestBody });
              let response: Response;
              try {
                response = await handler(request, { params: Promise.resolve(values) });
              } catch (e) {
                const digest = (e as { digest?: unknown } | null)?.digest;
                if (typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest)) return;
                throw new Error(
                  `${method} ${file} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
                );
              }
              if (response.status >= 500) {
                const said = await response.text().catch(() => "");
                throw new Error(`${method} ${file} answered ${response.status}: ${said.slice(0, 200)}`);
              }
              await response.body?.cancel();
            },
          ),
          { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
        )
        .catch((e: Error) => {
          throw new Error(
            `${method} ${file}\n${e.message}\n${(e.cause as Error | undefined)?.message ?? ""}`,
          );
        });
      // An export that succeeds is audited (issue 19, item 7); nothing else may be written.
      const mayChange = new Set(permission.startsWith("export:") ? ["AuditEvent"] : []);
      expect(
        diffSnapshots(before, await writes(), mayChange),
        `${method} ${file} changed the database`,
      ).toEqual([]);
      expect(cases).toBeGreaterThanOrEqual(RUNS);
      routeTotals.routes++;
      routeTotals.cases += cases;
      routeTotals.ms += performance.now() - t0;
    });
  });
}
