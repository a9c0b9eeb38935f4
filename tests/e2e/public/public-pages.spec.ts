import Papa from "papaparse";
import { test, expect, expectNoAxeViolations, signIn } from "../support";

test("home page introduces short breaks and lists councils", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Short breaks");
  await expect(page.getByText("Northshire County Council")).toBeVisible();
});

test("each council's home page links to everything public about it, and every link works", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Northshire County Council" }).click();
  await expect(page).toHaveURL(/\/councils\/northshire$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Northshire County Council");
  const main = page.locator("main");
  for (const name of [
    "Find a short break",
    "Join the register of disabled children",
    "Have your say",
    "You said, we did",
    "Statistics from the register",
    "Tenders and contract awards",
    "Contracts register",
    "Open Contracting Data Standard release package (JSON)",
    "Transparency Code CSV",
  ]) {
    const href = await main.getByRole("link", { name, exact: true }).getAttribute("href");
    expect(href, name).toMatch(/^\/(councils|api\/(transparency|ocds|oruk))\/northshire\//);
    expect((await request.get(href!)).status(), `${name} (${href})`).toBe(200);
  }
  expect((await request.get("/councils/no-such-council")).status()).toBe(404);
});

test("the contracts register lists contracts over £5,000 with the Transparency Code's fields, and its CSV matches", async ({
  page,
  request,
}) => {
  await page.goto("/councils/northshire/contracts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contracts register");
  const caption = await page
    .locator("caption, p")
    .filter({ hasText: /^\d+ contracts?$/ })
    .first()
    .textContent();
  const current = Number(caption?.split(" ")[0]);
  expect(current).toBeGreaterThan(0);
  await page.getByRole("link", { name: "All", exact: true }).click();
  await expect(page).toHaveURL(/view=all/);
  const csv = await request.get("/api/transparency/northshire/contracts.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = Papa.parse<string[]>(await csv.text(), { skipEmptyLines: true }).data;
  expect(lines[0]).toContain("Supplier name");
  const all = await page
    .locator("caption, p")
    .filter({ hasText: /^\d+ contracts?$/ })
    .first()
    .textContent();
  expect(lines.length - 1).toBe(Number(all?.split(" ")[0]));
  expect((await request.get("/api/transparency/no-such-council/contracts.csv")).status()).toBe(404);
});

test("accessibility statement", async ({ page }) => {
  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
});

test("unknown pages get a helpful 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoAxeViolations(page, "page not found (404)");
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});

test.describe("sign in", () => {
  test("an empty form shows an error summary linked to the fields", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Enter an e-mail address" })).toHaveAttribute(
      "href",
      "#email",
    );
    await expectNoAxeViolations(page, "error summary");
  });

  test("a wrong password gets a message that does not say which part was wrong", async ({ page }) => {
    await signIn(page, "commissioner@northshire.example", "wrong-password");
    await expect(page.getByTestId("error-summary")).toContainText("e-mail address or password is not right");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("repeated failures are throttled, whatever the account", async ({ page }) => {
    const email = `nobody-${Date.now()}@example.org`;
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-${i}`);
      await expect(page.getByTestId("error-summary")).toContainText("not right");
    }
    await signIn(page, email, "wrong-again");
    await expect(page.getByTestId("error-summary")).toContainText("Too many attempts");
  });

  test("signing in and out by keyboard", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").focus();
    await page.keyboard.type("social-worker@eastbrook.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type("ShortBreaks-Demo-2026");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/social-worker$/);
    await page.getByRole("button", { name: "Sign out" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    const response = await page.goto("/social-worker");
    expect(page.url()).toContain("/sign-in");
    expect(response?.status()).toBe(200);
  });
});

test("display mode is remembered in a cookie", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Easy Read" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-display", "easy-read");
  await page.goto("/accessibility");
  await expect(page.locator("html")).toHaveAttribute("data-display", "easy-read");
  await expectNoAxeViolations(page, "Easy Read display");
  await page.getByRole("button", { name: "Large print" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-display", "large-print");
  await page.getByRole("button", { name: "Standard" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-display", /.+/);
});
