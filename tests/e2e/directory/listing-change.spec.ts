import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { query } from "../db";

const run = Date.now().toString(36);

/** A published listing of the demo provider with no change waiting (the seeded pending one excluded). */
async function listingWithoutPendingChange(): Promise<{ id: string; name: string }> {
  const rows = await query<{ id: string; name: string }>(
    `SELECT s.id, s.name FROM "Service" s
       JOIN "Membership" m ON m."organisationId" = s."organisationId" AND m."councilId" = s."councilId"
       JOIN "User" u ON u.id = m."userId"
      WHERE u.email = 'provider@northshire.example' AND s.status = 'PUBLISHED'
        AND NOT EXISTS (SELECT 1 FROM "ServiceRevision" r WHERE r."serviceId" = s.id AND r.status = 'PENDING')
      ORDER BY s.name DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error("no listing of the demo provider without a pending change");
  return rows[0];
}

test.describe
  .serial("a provider's listing change, approved by the council, reaches the public directory", () => {
  let listing = { id: "", name: "" };
  const addition = `Now also on Sunday mornings (${run}).`;

  test("the provider proposes a change", async ({ browser }) => {
    listing = await listingWithoutPendingChange();
    const page = await (await browser.newContext({ storageState: stateFor("provider") })).newPage();
    await page.goto("/provider/services");
    await page.getByRole("link", { name: listing.name }).click();
    await page.getByRole("link", { name: "Propose a change" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Propose a change" })).toBeVisible();

    // Bad input first: nothing is sent, the summary says what to put right.
    await page.getByLabel("Oldest age, in years").fill("1");
    await page.getByRole("button", { name: "Send the change to the council" }).click();
    await expect(page.getByRole("group", { name: "There is a problem" })).toContainText("oldest age");
    await expectNoAxeViolations(page, "error summary");

    await page.getByLabel("Oldest age, in years").fill("18");
    const description = page.getByLabel("Description");
    await description.fill(`${await description.inputValue()} ${addition}`);
    await page.getByRole("button", { name: "Send the change to the council" }).click();
    await expect(page.getByText("Your change has been sent to the council")).toBeVisible();
    await expect(page.getByText("Change awaiting the council")).toBeVisible();
    await expectNoAxeViolations(page, "change sent");
  });

  test("the public directory does not show it yet", async ({ page }) => {
    await page.goto(`/councils/northshire/directory/services/${listing.id}`);
    await expect(page.getByRole("heading", { level: 1, name: listing.name })).toBeVisible();
    await expect(page.getByText(addition)).toHaveCount(0);
  });

  test("a commissioner approves it, field by field", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFor("commissioner") })).newPage();
    await page.goto("/commissioner/listings");
    await page.getByRole("link", { name: listing.name }).first().click();
    const changed = page.getByRole("row").filter({ hasText: "Changed" });
    await expect(changed.filter({ hasText: "Description" })).toContainText(addition);
    await expect(changed.filter({ hasText: "Oldest age" })).toContainText("18");
    await page.getByLabel("Approve and publish it").check();
    await page.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByText("Approved. The public directory now shows the change.")).toBeVisible();
    await expectNoAxeViolations(page, "decision saved");
  });

  test("the public page shows the change, reviewed today", async ({ page }) => {
    await page.goto(`/councils/northshire/directory/services/${listing.id}`);
    await expect(page.getByText(addition)).toBeVisible();
    await expect(page.getByText("Ages 5 to 18").or(page.getByText(/Ages \d+ to 18/))).toBeVisible();
    const today = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/London",
    }).format(new Date());
    await expect(page.getByText(`Last reviewed ${today}`)).toBeVisible();
  });

  test("the directory search finds it by its new words", async ({ page }) => {
    await page.goto("/councils/northshire/directory");
    await page.getByLabel("Search by name or description").fill(run);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "1 short break found" })).toBeVisible();
    await expect(page.getByRole("link", { name: listing.name })).toBeVisible();
  });
});
