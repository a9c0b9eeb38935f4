/**
 * The involvement pages (issue 15) scanned with axe in Easy Read and in large print, as the role whose area each is,
 * with the demo records of ../authz/concrete-path.ts. The standard display is scanned by the tour
 * (../axe-tour.spec.ts); the review form's states in Easy Read by ./venue-review.spec.ts.
 */
import { PAGES } from "../../../lib/auth/access-matrix";
import { test, expect, expectNoAxeViolations, stateFor, ROLE_ENUM, ROLE_WORDS } from "../support";
import { concretePath } from "../authz/concrete-path";
import { E2E_BASE_URL } from "../server";

const INVOLVEMENT =
  /^\/(commissioner|admin)\/young-commissioners|^\/commissioner\/venue-reviews|^\/young-commissioner\/reviews|^\/provider\/venue-reviews/;
const routes = Object.keys(PAGES).filter((r) => INVOLVEMENT.test(r));

test("the involvement pages are all here", () => {
  expect(routes.length).toBeGreaterThanOrEqual(11);
});

for (const route of routes) {
  const role = ROLE_WORDS.find((w) => ROLE_ENUM[w] === PAGES[route].role)!;
  test.describe(() => {
    test.use({ storageState: stateFor(role) });
    test(`${route} in Easy Read and large print as ${role}`, async ({ page }) => {
      const { hostname } = new URL(E2E_BASE_URL);
      const path = await concretePath(route);
      for (const mode of ["easy-read", "large-print"] as const) {
        await page.context().addCookies([{ name: "display-mode", value: mode, domain: hostname, path: "/" }]);
        expect((await page.goto(path))?.status(), route).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("data-display", mode);
        await expectNoAxeViolations(page, `${mode} display`);
      }
    });
  });
}
