/**
 * Every page of the access matrix, scanned with axe once, as a role that may open it (the first in
 * ROLE_WORDS; signed out for public pages), with the demo records of tests/e2e/authz/concrete-path.ts.
 * A few pages per test (see CHUNK), so the scans spread over the workers. Journeys check behaviour and scan only
 * states this tour cannot reach (an error summary, a confirmation, a later step): see
 * expectNoAxeViolations' `state` in ./support.ts, and SCANNED_ELSEWHERE below for whole pages.
 */
import fs from "node:fs";
import { PAGES, rolesForPage } from "../../lib/auth/access-matrix";
import {
  test,
  expect,
  expectNoAxeViolations,
  ROLE_WORDS,
  ROLE_ENUM,
  stateFor,
  type RoleWord,
} from "./support";
import { concretePath } from "./authz/concrete-path";

/** Pages the tour cannot show in a state worth scanning, and the spec that scans them instead. */
export const SCANNED_ELSEWHERE: Record<string, string> = {
  // Only a person with several memberships sees the choice; the demo users have one each.
  "/choose-council": "tests/e2e/choose-council.spec.ts",
  // Only while a child's consent is to older wording: the journey publishes new wording first.
  "/family/consent": "tests/e2e/admin/council-administration.spec.ts",
  // The platform administrator is no council's role word: the journey signs in as them.
  "/platform": "tests/e2e/admin/council-administration.spec.ts",
  "/platform/councils/new": "tests/e2e/admin/council-administration.spec.ts",
};

/** Who opens each page in the tour: "public" (signed out) or the first role allowed. */
function visitorFor(route: string): RoleWord | "public" | null {
  const roles = rolesForPage(PAGES[route]);
  if (roles === "everyone") return "public";
  return ROLE_WORDS.find((r) => roles.includes(ROLE_ENUM[r] as (typeof roles)[number])) ?? null;
}

const tour = Object.keys(PAGES).filter((route) => !(route in SCANNED_ELSEWHERE));

test("every page of the access matrix is scanned: in the tour or by a named spec", () => {
  const nobody = tour.filter((route) => visitorFor(route) === null);
  expect(nobody, "pages no demo role can open (add them to SCANNED_ELSEWHERE with their spec)").toEqual([]);
  for (const [route, spec] of Object.entries(SCANNED_ELSEWHERE)) {
    expect(Object.keys(PAGES), `${route} is no longer a page`).toContain(route);
    const source = fs.existsSync(spec) ? fs.readFileSync(spec, "utf8") : "";
    expect(source, `${spec} scans ${route}`).toMatch(/expectNoAxeViolations\(/);
  }
});

/**
 * The tour in chunks: each visitor's pages, a few to a test, one after another in the same browser
 * page. A fresh context and its first uncached load cost about 0.7 s a page more than the next page
 * in the same context (measured); chunks still spread over the workers. Each page's checks are soft,
 * so one failing page does not hide the next, and each is a step named by its route.
 */
const CHUNK = 8;
const chunks: { visitor: RoleWord | "public"; routes: string[] }[] = [];
for (const visitor of ["public", ...ROLE_WORDS] as const) {
  const mine = tour.filter((route) => visitorFor(route) === visitor);
  for (let i = 0; i < mine.length; i += CHUNK) chunks.push({ visitor, routes: mine.slice(i, i + CHUNK) });
}

test("the chunks hold every page of the tour once", () => {
  expect(chunks.flatMap((c) => c.routes).sort()).toEqual(tour.filter((r) => visitorFor(r) !== null).sort());
});

for (const { visitor, routes } of chunks) {
  test.describe(() => {
    test.use({ storageState: visitor === "public" ? { cookies: [], origins: [] } : stateFor(visitor) });
    test(`${routes[0]} and ${routes.length - 1} more as ${visitor}`, async ({ page }) => {
      // Anything the Content Security Policy blocks (a script without the nonce) shows in the console.
      const blocked: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
      });
      for (const route of routes) {
        await test.step(route, async () => {
          blocked.length = 0;
          const path = await concretePath(route);
          const response = await page.goto(path);
          expect.soft(response?.status(), `${route} answers`).toBe(200);
          const policy = response?.headers()["content-security-policy"] ?? "";
          expect
            .soft(policy, `${route} has a nonce-based policy`)
            .toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
          expect.soft(policy, route).toContain("frame-ancestors 'none'");
          if (route !== "/dashboard") {
            // The page itself, not a redirect to sign in or elsewhere (/dashboard sends each role home).
            expect.soft(new URL(page.url()).pathname, `${route} as ${visitor}`).toBe(path.split("?")[0]);
          }
          await expectNoAxeViolations(page, "as first opened", { soft: true });
          expect.soft(blocked, `${route}: blocked by the Content Security Policy`).toEqual([]);
        });
      }
    });
  });
}
