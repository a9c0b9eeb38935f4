import type { APIResponse } from "@playwright/test";
import { test, expect, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { query, tenderIdByStatus } from "../db";

test.describe("another council", () => {
  test.use({ storageState: stateFor("commissioner", "eastbrook") });
  test("an Eastbrook commissioner cannot open a Northshire tender or its evaluation", async ({ page }) => {
    const id = await tenderIdByStatus("IN_EVALUATION");
    for (const path of ["", "/panel", "/score", "/moderation", "/award"]) {
      const response = await page.goto(`/commissioner/tenders/${id}${path}`);
      expect(response?.status(), path || "overview").toBe(404);
    }
  });
});

test("a young commissioner not on the panel cannot open it", async ({ page }) => {
  await signInWithSession(page.context(), "young-commissioner3@northshire.example");
  const response = await page.goto(`/young-commissioner/panels/${await tenderIdByStatus("IN_EVALUATION")}`);
  expect(response?.status()).toBe(404);
});

test.describe("a provider", () => {
  test.use({ storageState: stateFor("provider") });
  test("sees its own draft bid and never another organisation's", async ({ page }) => {
    const id = await tenderIdByStatus("PUBLISHED");
    await page.goto(`/provider/tenders/${id}/bid`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your bid");
    await expect(page.locator("main")).toContainText("Draft: we already run inclusive play schemes");
    const other = await tenderIdByStatus("IN_EVALUATION");
    await page.goto(`/provider/tenders/${other}/bid`);
    await expect(page.locator("main")).toContainText("Your organisation did not bid.");
  });
});

test.describe("a draft cancelled before publication", () => {
  test.use({ storageState: stateFor("provider") });
  test("is not in the public list or the OCDS feed, and its provider page is not found", async ({ page }) => {
    const stamp = Date.now();
    const title = `Cancelled draft nobody saw ${stamp}`;
    const [{ id }] = await query<{ id: string }>(
      `insert into "Tender" (id, "councilId", reference, title, description, "specificationVersionId", status,
         "estimatedValue", "clarificationDeadline", "submissionDeadline", "evaluationEndsAt", "cancelledReason",
         "createdById", "updatedAt")
       select $1, "councilId", $2, $3, description, "specificationVersionId", 'CANCELLED', "estimatedValue",
         "clarificationDeadline", "submissionDeadline", "evaluationEndsAt", 'Not needed', "createdById", now()
       from "Tender" where id = $4
       returning id`,
      [`e2e-cancelled-${stamp}`, `T-E2E-${stamp}`, title, await tenderIdByStatus("PUBLISHED")],
    );
    expect((await page.goto(`/provider/tenders/${id}`))?.status()).toBe(404);
    await page.goto("/provider/tenders");
    await expect(page.locator("main")).not.toContainText(title);
    await page.goto("/councils/northshire/tenders");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).not.toContainText(title);
    // The old address redirects to the whole-process feed; every page of it leaves the draft out.
    const feed = await page.request.get("/councils/northshire/tenders/ocds");
    expect(feed.status()).toBe(200);
    expect(new URL(feed.url()).pathname).toBe("/api/ocds/northshire/releases");
    let next: string | undefined = "/api/ocds/northshire/releases?limit=500";
    for (let pages = 0; next; pages++) {
      expect(pages, "the feed ends").toBeLessThan(50);
      const res: APIResponse = await page.request.get(next);
      expect(res.status()).toBe(200);
      const text: string = await res.text();
      expect(text).not.toContain(title);
      next = (JSON.parse(text) as { links?: { next?: string } }).links?.next;
    }
  });
});
