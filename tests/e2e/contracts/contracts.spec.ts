import { test, expect, stateFor } from "../support";
import { demoContractId } from "../db";

test.describe("commissioners", () => {
  test.use({ storageState: stateFor("commissioner") });
  test("see the expiry pipeline, filter contracts and open one", async ({ page }) => {
    await page.goto("/commissioner/contracts");
    await expect(page.getByRole("heading", { name: "Expiry pipeline" })).toBeVisible();
    await expect(page.getByText("Ending in the next 12 months")).toBeVisible();
    await page.getByLabel("Status").selectOption("LIVE");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=LIVE/);
    const rows = page.getByRole("table", { name: /\d+ contracts?$/ }).locator("tbody tr");
    for (const row of await rows.all()) await expect(row).toContainText("Live");
    await page.goto(`/commissioner/contracts/${await demoContractId()}`);
    await expect(page.getByRole("table", { name: "KPIs and their latest result" })).toBeVisible();
    await page.getByRole("table", { name: "Return periods" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Return for");
  });
});

test.describe("providers", () => {
  test.use({ storageState: stateFor("provider") });
  test("see their own contracts only", async ({ page }) => {
    await page.goto("/provider/contracts");
    await expect(page.locator("tbody tr").first()).toContainText("Northshire Play Partnership");
    for (const row of await page.locator("tbody tr").all())
      await expect(row).toContainText("Northshire Play Partnership");
  });
});
