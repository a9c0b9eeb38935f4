import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO_PASSWORD = "ShortBreaks-Demo-2026";
export const ROLE_WORDS = [
  "family",
  "young-commissioner",
  "provider",
  "commissioner",
  "social-worker",
  "admin",
] as const;
export type RoleWord = (typeof ROLE_WORDS)[number];

export const ROLE_ENUM: Record<RoleWord, string> = {
  family: "FAMILY",
  "young-commissioner": "YOUNG_COMMISSIONER",
  provider: "PROVIDER",
  commissioner: "COMMISSIONER",
  "social-worker": "SOCIAL_WORKER",
  admin: "ADMIN",
};

export function emailFor(role: RoleWord, council = "northshire") {
  return `${role}@${council}.example`;
}

/** Saved signed-in browser state for a demo user (made once by auth.setup.ts). */
export function stateFor(role: RoleWord, council = "northshire") {
  return `test-results/.auth/${council}-${role}.json`;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Fails on any axe violation (WCAG 2.2 A and AA rules, and best practice). Every page is scanned
 * as first opened by tests/e2e/axe-tour.spec.ts; a journey scans only a state the tour cannot
 * reach, and says which (`state`: "error summary", "after sending", "step 3 of 5", …).
 */
export async function expectNoAxeViolations(page: Page, state: string, options: { soft?: boolean } = {}) {
  const results = await new AxeBuilder({ page })
    // axe.run() in the page itself. The default (runPartial in each frame, then finishRun in a new
    // blank page that injects axe a second time) took 1.9 s a scan against 0.7 s, measured on this
    // machine; it exists for cross-origin iframes, and the portal has no iframes.
    .setLegacyMode(true)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    // Only violations are read, so axe need not gather the details of every passing node (faster).
    .options({ resultTypes: ["violations"] })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  (options.soft ? expect.soft : expect)(summary, `axe violations on ${page.url()} (${state})`).toEqual([]);
}

export const test = base;
export { expect };
