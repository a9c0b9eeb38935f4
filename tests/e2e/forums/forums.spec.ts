import type { Browser } from "@playwright/test";
import { test, expect, expectNoAxeViolations, stateFor, type RoleWord } from "../support";
import { query } from "../db";

/**
 * A commissioner publishes an announcement that every provider must acknowledge; the demo
 * provider reads and acknowledges it; the commissioner sees their organisation has. Then the
 * commissioner records (and removes) attendance at a forum.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const TITLE = `Fire evacuation procedure ${Date.now()}`;
const ORG = "Northshire Play Partnership";
let announcementUrl = "";

async function as(browser: Browser, role: RoleWord) {
  const context = await browser.newContext({ storageState: stateFor(role) });
  return { page: await context.newPage(), close: () => context.close() };
}

test("a commissioner publishes an announcement that needs acknowledging", async ({ browser }) => {
  const { page, close } = await as(browser, "commissioner");
  await page.goto("/commissioner/forums");
  await expect(page.getByRole("heading", { level: 1, name: "Forums and announcements" })).toBeVisible();

  await page.getByRole("link", { name: "Publish an announcement or forum event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publish an announcement or forum event");

  // A forum event asking for acknowledgement, with no date: every problem at once.
  await page.getByLabel("A provider forum").check();
  await page.getByLabel("Each organisation must acknowledge it").check();
  await page.getByRole("button", { name: "Publish" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Enter a title");
  await expect(summary).toContainText("Only an announcement can require acknowledgement");
  await expect(summary).toContainText("Enter the date of the forum");
  await expectNoAxeViolations(page, "error summary");

  await page.getByLabel("An announcement").check();
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Message").fill("Every provider must run a fire drill each term and record it.");
  await page.getByLabel("All providers").check();
  await expect(page.getByLabel("Each organisation must acknowledge it")).toBeChecked();
  await page.getByRole("button", { name: "Publish" }).click();

  await expect(page).toHaveURL(/\/commissioner\/forums\/[^/?]+\?published=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(/^0 of \d+ organisations acknowledged$/)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(ORG) })).toContainText("Not yet");
  await expectNoAxeViolations(page, "just published, with its banner");
  announcementUrl = new URL(page.url()).pathname;

  await page.goto("/commissioner/forums");
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toContainText(
    /0 of \d+ organisations acknowledged/,
  );
  await close();
});

test("the provider sees it, acknowledges it once, and the commissioner sees that", async ({ browser }) => {
  const provider = await as(browser, "provider");
  const page = provider.page;
  await page.goto("/provider");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  await page.goto("/provider/announcements");
  const item = page.getByRole("listitem").filter({ hasText: TITLE });
  await expect(item).toContainText("Needs acknowledging");
  await item.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await page.getByRole("button", { name: `Acknowledge on behalf of ${ORG}` }).click();
  await expect(page.getByRole("alert", { name: "Acknowledged" })).toContainText(
    `${ORG} has acknowledged this announcement`,
  );
  await expect(page.getByRole("button", { name: /Acknowledge on behalf/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "acknowledged");

  await page.goto("/provider/announcements");
  await expect(page.getByRole("listitem").filter({ hasText: TITLE })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(TITLE) })).toContainText("Acknowledged");
  await provider.close();

  const [who] = await query<{ name: string }>(
    `select name from "User" where email = 'provider@northshire.example'`,
  );
  const commissioner = await as(browser, "commissioner");
  await commissioner.page.goto(announcementUrl);
  await expect(commissioner.page.getByText(/^1 of \d+ organisations acknowledged$/)).toBeVisible();
  const row = commissioner.page.getByRole("row", { name: new RegExp(ORG) });
  await expect(row).toContainText("Acknowledged");
  await expect(row).toContainText(who.name);
  await commissioner.close();
});

test("a commissioner records attendance at a forum, and removes it after confirming", async ({ browser }) => {
  const { page, close } = await as(browser, "commissioner");
  const attendee = `Alex Attendee ${Date.now()}`;
  await page.goto("/commissioner/forums?kind=FORUM_EVENT");
  await page.getByRole("link", { name: "Provider forum: planning the summer holidays" }).click();
  await expect(page.getByRole("heading", { name: "Attendance", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Record attendance" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose the organisation");
  await expectNoAxeViolations(page, "error summary");

  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: ORG });
  await page.getByLabel("Attendee's name").fill(attendee);
  await page.getByLabel("Yes", { exact: true }).check();
  await page.getByRole("button", { name: "Record attendance" }).click();
  await expect(page.getByRole("alert", { name: "Done" })).toContainText(
    `Attendance recorded for ${attendee}`,
  );
  const row = page.getByRole("row", { name: new RegExp(attendee) });
  await expect(row).toContainText(ORG);
  await expectNoAxeViolations(page, "attendance recorded");

  await row.getByRole("link", { name: `Remove ${attendee}` }).click();
  await expect(page.getByText(`Remove ${attendee} (${ORG}) from the attendance?`)).toBeVisible();
  await expectNoAxeViolations(page, "confirming removal");
  await page.getByRole("button", { name: `Yes, remove ${attendee}` }).click();
  await expect(page.getByRole("alert", { name: "Removed" })).toContainText(
    "The attendance record was removed",
  );
  await expect(page.getByRole("row", { name: new RegExp(attendee) })).toHaveCount(0);
  await close();
});
