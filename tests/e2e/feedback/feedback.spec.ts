import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { demoFeedbackId, demoYouSaidWeDidId } from "../db";

/**
 * Axe in Easy Read (the display-mode cookie), then back to standard. The standard display of each
 * page is scanned by the tour (tests/e2e/axe-tour.spec.ts); Easy Read matters most for feedback.
 */
async function axeInEasyRead(page: Page) {
  const { hostname } = new URL(page.url());
  await page
    .context()
    .addCookies([{ name: "display-mode", value: "easy-read", domain: hostname, path: "/" }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-display", "easy-read");
  await expectNoAxeViolations(page, "Easy Read display");
  await page.context().clearCookies({ name: "display-mode" });
  await page.reload();
  await expect(page.locator("html")).not.toHaveAttribute("data-display", "easy-read");
}

const run = Date.now().toString(36);

test.describe.serial("feedback, themes and You said, we did", () => {
  let parentReceipt = "";
  let childReceipt = "";
  let parentFeedbackUrl = "";
  const themeName = `Quiet spaces ${run}`;
  const weDid = `We opened a quiet room at every play scheme (${run}).`;

  test("a parent gives feedback and gets a receipt", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFor("family") })).newPage();
    await page.goto("/family/feedback");
    await axeInEasyRead(page);
    await page.getByRole("link", { name: "Give feedback" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Give feedback" })).toBeVisible();
    await axeInEasyRead(page);

    // Bad input first: nothing is sent, the message says what to do.
    await page.getByLabel("Tell us about your experience").fill("<script>alert('x')</script>");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByRole("group", { name: "There is a problem" })).toContainText("plain words");
    await expectNoAxeViolations(page, "error summary");

    await page
      .getByRole("group", { name: "I feel supported to care for my child at home" })
      .getByLabel("4 – Agree")
      .check();
    await page.getByRole("group", { name: "My child enjoyed it" }).getByLabel("5 – Strongly agree").check();
    await page.getByLabel("Tell us about your experience").fill(`A quiet space would help my son (${run}).`);
    await page.getByLabel("The council may quote my words without my name").check();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByText("Feedback sent")).toBeVisible();
    parentReceipt = (await page.locator("strong", { hasText: /^FB-/ }).first().textContent())!.trim();
    expect(parentReceipt).toMatch(/^FB-[A-Z2-9]{6}$/);
    parentFeedbackUrl = new URL(page.url()).pathname;
    await expect(page.getByText("Received", { exact: true })).toBeVisible();
    await axeInEasyRead(page);
  });

  test("a child gives feedback in the public Easy Read form", async ({ page }) => {
    await page.goto("/councils/northshire/have-your-say");
    await axeInEasyRead(page);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("group", { name: "There is a problem" })).toContainText("Choose a face");
    await page.getByRole("radio", { name: /Happy/ }).check();
    await page.getByLabel("What did you like?").fill(`The quiet room (${run})`);
    await page.getByLabel("What would make it better?").fill("More quiet time");
    await page.getByLabel("A parent, carer or helper helped me").check();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
    childReceipt = (await page.locator("strong", { hasText: /^FB-/ }).textContent())!.trim();
    expect(childReceipt).toMatch(/^FB-[A-Z2-9]{6}$/);
    await expectNoAxeViolations(page, "thank you, with the receipt");
  });

  test("the commissioner themes both and publishes an action", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFor("commissioner") })).newPage();
    await page.goto("/commissioner/feedback/themes");
    await axeInEasyRead(page);
    await page.getByLabel("Theme name").fill(themeName);
    await page.getByRole("button", { name: "Add theme" }).click();
    await expect(page.getByText("Theme added.")).toBeVisible();
    await expect(page.getByRole("cell", { name: themeName })).toBeVisible();

    for (const receipt of [parentReceipt, childReceipt]) {
      await page.goto("/commissioner/feedback?status=RECEIVED");
      await page.getByRole("link", { name: receipt, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Feedback ${receipt}` })).toBeVisible();
      await page
        .getByRole("group", { name: /Themes/ })
        .getByLabel(themeName)
        .check();
      await page.getByRole("button", { name: "Save themes" }).click();
      await expect(page.getByText("Themes saved.")).toBeVisible();
    }
    await page.goto("/commissioner/feedback?status=IN_REVIEW");
    await expect(page.getByRole("link", { name: parentReceipt, exact: true })).toBeVisible();

    await page.goto("/commissioner/you-said-we-did/new");
    await axeInEasyRead(page);
    await page
      .getByRole("textbox", { name: "You said", exact: true })
      .fill("Children and parents asked for quiet spaces away from noisy halls.");
    await page.getByRole("textbox", { name: "We did", exact: true }).fill(weDid);
    await page.getByLabel("In progress").check();
    await page.getByRole("group", { name: "Themes" }).getByLabel(themeName).check();
    await page.getByLabel(new RegExp(parentReceipt)).check();
    await page.getByLabel(new RegExp(childReceipt)).check();
    await page.getByLabel(/Publish on the public/).check();
    await page.getByRole("button", { name: "Save action" }).click();
    await expect(page.getByText("The action has been saved and is published.")).toBeVisible();
    await axeInEasyRead(page);
  });

  test("the parent sees what happened, and is told", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFor("family") })).newPage();
    await page.goto(parentFeedbackUrl);
    await expect(page.getByText("Acted on")).toBeVisible();
    await expect(page.getByText(weDid)).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByRole("link", { name: "What happened to what you said" }).first()).toBeVisible();
  });

  test("the public page shows it by theme, in Easy Read too", async ({ page }) => {
    await page.goto("/councils/northshire/you-said-we-did");
    await expect(page.getByRole("heading", { level: 2, name: themeName })).toBeVisible();
    await expect(page.getByText(weDid)).toBeVisible();
    await axeInEasyRead(page);
  });
});

test.describe("other feedback pages", () => {
  test.describe("as a commissioner", () => {
    test.use({ storageState: stateFor("commissioner") });
    test("inbox, item, trends, actions pass axe in both modes", async ({ page }) => {
      for (const path of [
        "/commissioner/feedback",
        `/commissioner/feedback/${await demoFeedbackId()}`,
        "/commissioner/feedback/trends",
        "/commissioner/you-said-we-did",
        `/commissioner/you-said-we-did/${await demoYouSaidWeDidId()}`,
      ]) {
        await page.goto(path);
        await axeInEasyRead(page);
      }
      await page.goto("/commissioner/feedback/trends");
      await expect(page.getByRole("img", { name: /Chart: feedback by theme and month/ })).toBeVisible();
      const csv = await page.request.get("/commissioner/feedback/export?format=csv");
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toMatch(/^Theme,/);
    });
  });

  test.describe("as a provider", () => {
    test.use({ storageState: stateFor("provider") });
    test("sees its feedback without identities, enters children's feedback in a batch", async ({ page }) => {
      await page.goto("/provider/feedback");
      await axeInEasyRead(page);
      await expect(page.getByText("family@northshire.example")).toHaveCount(0);
      const reply = page.getByRole("textbox", { name: /^Reply to FB-/ }).first();
      await reply.fill(`Thank you, we will pass this on (${run}).`);
      await page.getByRole("button", { name: "Send reply" }).first().click();
      await expect(page.getByText("Reply sent.")).toBeVisible();
      await page.getByRole("link", { name: "Enter children's feedback from your sessions" }).click();
      await expect(page).toHaveURL(/\/provider\/feedback\/children$/);
      await axeInEasyRead(page);
      await page.getByLabel("Contract").selectOption({ index: 1 });
      await page.getByRole("group", { name: "Child 1" }).getByRole("radio", { name: /Happy/ }).check();
      await page.locator("#liked-0").fill(`Forest school (${run})`);
      await page.getByRole("group", { name: "Child 2" }).getByRole("radio", { name: /Okay/ }).check();
      await page.getByRole("button", { name: "Save answers" }).click();
      await expect(page.getByText("2 children's answers saved.")).toBeVisible();
    });
  });

  test.describe("as the family", () => {
    test.use({ storageState: stateFor("family") });
    test("the Easy Read form for a child in the family area", async ({ page }) => {
      await page.goto("/family/feedback/child");
      await axeInEasyRead(page);
      await page.goto(`/family/feedback/${await demoFeedbackId()}`);
      await axeInEasyRead(page);
    });
  });

  test.describe("as an administrator", () => {
    test.use({ storageState: stateFor("admin") });
    test("the council's theme list", async ({ page }) => {
      await page.goto("/admin/feedback-themes");
      await expect(page.getByRole("cell", { name: "Transport" }).first()).toBeVisible();
      await axeInEasyRead(page);
    });
  });

  test.describe("another council", () => {
    test.use({ storageState: stateFor("commissioner", "eastbrook") });
    test("an Eastbrook commissioner cannot open Northshire feedback", async ({ page }) => {
      const response = await page.goto(`/commissioner/feedback/${await demoFeedbackId()}`);
      expect(response?.status()).toBe(404);
    });
  });
});
