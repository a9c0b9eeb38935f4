import { PAGES, rolesForPage } from "../../../lib/auth/access-matrix";
import { test, expect, ROLE_WORDS, ROLE_ENUM, stateFor, type RoleWord } from "../support";
import { demoChildId, userIdByEmail } from "../db";

/** Fills dynamic segments with real records of Northshire (the signed-in users' council). */
async function concretePath(route: string): Promise<string> {
  const id = route.startsWith("/admin/users/")
    ? await userIdByEmail("family@northshire.example")
    : route.includes("[id]")
      ? await demoChildId()
      : "";
  return route
    .replace("[id]", id)
    .replace("[slug]", "northshire")
    .replace("[step]", "child")
    .replace("[token]", "not-a-real-token-000000000000");
}

function allowed(route: string, role: RoleWord): boolean {
  const roles = rolesForPage(PAGES[route]);
  return roles === "everyone" || roles.includes(ROLE_ENUM[role] as (typeof roles)[number]);
}

test.describe("signed out", () => {
  for (const route of Object.keys(PAGES)) {
    test(`${route}`, async ({ page }) => {
      const response = await page.goto(await concretePath(route));
      if (PAGES[route].permission === null) {
        expect(response?.status()).toBe(200);
      } else {
        await expect(page).toHaveURL(/\/sign-in/);
      }
    });
  }
});

for (const role of ROLE_WORDS) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: stateFor(role) });
    test(`every page answers as the matrix says`, async ({ page }) => {
      for (const route of Object.keys(PAGES)) {
        const path = await concretePath(route);
        const response = await page.goto(path);
        const status = response?.status();
        if (allowed(route, role)) {
          expect(status, `${role} should reach ${route}`).toBe(200);
          expect(page.url(), `${role} should not be sent to sign in from ${route}`).not.toContain("/sign-in");
        } else {
          expect(status, `${role} must not reach ${route}`).toBe(404);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
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
