import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { query } from "../db";

const run = Date.now().toString(36);

test.describe
  .serial("a commissioner edits and publishes the statement, and families read the new version", () => {
  const sentence = `We now run Sunday play sessions (${run}).`;
  let before = 0;

  test("the public statement does not show the draft", async ({ page }) => {
    await page.goto("/councils/northshire/statement");
    await expect(
      page.getByRole("heading", { level: 1, name: "Short breaks services statement" }),
    ).toBeVisible();
    const version = await page.getByText(/^Version \d+, published/).textContent();
    before = Number(/Version (\d+)/.exec(version ?? "")?.[1]);
    expect(before).toBeGreaterThan(0);
    await expect(page.getByText(sentence)).toHaveCount(0);
  });

  test("the commissioner saves the draft, previews it and publishes", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFor("commissioner") })).newPage();
    await page.goto("/commissioner/statement");
    await expect(
      page.getByRole("heading", { level: 1, name: "Short breaks services statement" }),
    ).toBeVisible();

    // An empty introduction is refused, with the summary pointing at it.
    const intro = page.getByLabel("Introduction");
    const original = await intro.inputValue();
    await intro.fill("");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("group", { name: "There is a problem" })).toContainText(
      "Enter the introduction",
    );
    await expectNoAxeViolations(page, "error summary");

    await page.getByLabel("Introduction").fill(`${original}\n\n${sentence}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("The draft is saved")).toBeVisible();
    // Saved, not yet public: the preview has it.
    await expect(
      page.getByRole("region", { name: "Preview of the next version" }).getByText(sentence),
    ).toBeVisible();

    await page.getByLabel("What changed in this version").fill(`Added Sunday play sessions (${run}).`);
    await page.getByRole("button", { name: "Publish a new version" }).click();
    await expect(page.getByText(`Version ${before + 1} is published`)).toBeVisible();
    await expectNoAxeViolations(page, "published");
  });

  test("the public statement shows the new version; the old one reads as it was", async ({ page }) => {
    await page.goto("/councils/northshire/statement");
    await expect(page.getByText(`Version ${before + 1}, published`)).toBeVisible();
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(
      page.getByRole("row").filter({ hasText: `Added Sunday play sessions (${run}).` }),
    ).toBeVisible();

    await page.goto(`/councils/northshire/statement/versions/${before}`);
    await expect(page.getByText("This is an earlier version.")).toBeVisible();
    await expect(page.getByText(sentence)).toHaveCount(0);

    const pdf = await page.request.get("/councils/northshire/statement/pdf");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
  });
});

test("the council's accessibility statement and privacy notice give its own settings, linked from its home page", async ({
  page,
}) => {
  const [council] = await query<{ retentionDays: number; statisticsThreshold: number; contactEmail: string }>(
    `SELECT "retentionDays", "statisticsThreshold", "contactEmail" FROM "Council" WHERE slug = 'northshire'`,
  );
  await page.goto("/councils/northshire");
  await page.getByRole("link", { name: "Privacy notice for the register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Privacy notice");
  await expect(page.locator("main")).toContainText(`erased ${council.retentionDays} days after you ask`);
  await expect(page.locator("main")).toContainText(`never a count below ${council.statisticsThreshold}`);
  await expect(page.getByRole("link", { name: council.contactEmail })).toBeVisible();

  await page.goto("/councils/northshire");
  await page.locator("main").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/councils\/northshire\/accessibility$/);
  await expect(page.getByRole("link", { name: council.contactEmail })).toBeVisible();
});
