import { test, expect, expectNoAxeViolations, signIn } from "./support";

// The demo person who is a social worker in both councils (prisma/seed-data/people.ts).
const MULTI = "multi@example.example";

test("a person of two councils chooses who they act for, sees it on every page, and switches by keyboard", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, MULTI);
  await expect(page).toHaveURL(/\/choose-council$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose who you are acting for");
  await expectNoAxeViolations(page, "choosing, as first opened (not in the tour: SCANNED_ELSEWHERE)");

  // Until they choose, portal pages send them back here.
  await page.goto("/social-worker");
  await expect(page).toHaveURL(/\/choose-council$/);

  // Nothing chosen: an error summary linked to the first choice.
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Choose who you are acting for");
  await expectNoAxeViolations(page, "error summary");

  await page.getByRole("radio", { name: "Eastbrook Borough Council: Social worker" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/social-worker$/);
  const actingFor = page.getByTestId("acting-for");
  await expect(actingFor).toContainText("Eastbrook Borough Council");
  await expect(actingFor).toContainText("Social worker");

  // Switch, by keyboard only.
  await actingFor.getByRole("link", { name: "Switch council or role" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/choose-council$/);
  await expectNoAxeViolations(page, "switching, the current choice checked");
  const eastbrook = page.getByRole("radio", { name: "Eastbrook Borough Council: Social worker" });
  await expect(eastbrook).toBeChecked();
  await eastbrook.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Northshire County Council: Social worker" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/social-worker$/);
  await expect(page.getByTestId("acting-for")).toContainText("Northshire County Council");
  await context.close();
});

test("a person with one council goes straight in, with no switch", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "young-commissioner@eastbrook.example");
  await expect(page).toHaveURL(/\/young-commissioner$/);
  await expect(page.getByTestId("acting-for")).toContainText("Eastbrook Borough Council");
  await expect(page.getByRole("link", { name: /Switch/ })).toHaveCount(0);
  await context.close();
});
