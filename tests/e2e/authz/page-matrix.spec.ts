import { PAGES, rolesForPage } from "../../../lib/auth/access-matrix";
import { test, expect, ROLE_WORDS, ROLE_ENUM, stateFor, type RoleWord } from "../support";
import { userIdByEmail } from "../db";
import { concretePath } from "./concrete-path";

function allowed(route: string, role: RoleWord): boolean {
  const roles = rolesForPage(PAGES[route]);
  return roles === "everyone" || roles.includes(ROLE_ENUM[role] as (typeof roles)[number]);
}

// Server-rendered pages answer the same to a plain request as to a browser, so the matrix asks
// over HTTP with each role's cookies (fast); the journeys elsewhere use the browser.
test.describe("signed out", () => {
  test("every protected page sends you to sign in; public pages answer", async ({ request }) => {
    test.setTimeout(Object.keys(PAGES).length * 3_000);
    for (const route of Object.keys(PAGES)) {
      const response = await request.get(await concretePath(route));
      if (PAGES[route].permission === null) {
        expect(response.status(), `${route} is public`).toBe(200);
      } else {
        expect(new URL(response.url()).pathname, `${route} needs sign-in`).toBe("/sign-in");
      }
    }
  });
});

for (const role of ROLE_WORDS) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: stateFor(role) });
    test(`every page answers as the matrix says`, async ({ page }) => {
      // One request per page in the matrix: the budget grows with the number of pages.
      test.setTimeout(Object.keys(PAGES).length * 3_000);
      for (const route of Object.keys(PAGES)) {
        const path = await concretePath(route);
        const response = await page.request.get(path);
        const status = response.status();
        if (allowed(route, role)) {
          expect(status, `${role} should reach ${route}`).toBe(200);
          expect(response.url(), `${role} should not be sent to sign in from ${route}`).not.toContain(
            "/sign-in",
          );
        } else {
          expect(status, `${role} must not reach ${route}`).toBe(404);
          expect(await response.text(), `${route} as ${role}`).toContain("Page not found");
        }
      }
    });
  });
}

test.describe("another council", () => {
  test.use({ storageState: stateFor("admin", "eastbrook") });
  test("an Eastbrook administrator cannot open a Northshire user", async ({ page }) => {
    const id = await userIdByEmail("commissioner@northshire.example");
    const response = await page.goto(`/admin/users/${id}`);
    expect(response?.status()).toBe(404);
  });
});
