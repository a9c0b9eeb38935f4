import { test, expect, expectNoAxeViolations, stateFor, type RoleWord } from "../support";

const EXPECT: Record<RoleWord, { heading: RegExp; sections: string[] }> = {
  family: {
    heading: /Hello/,
    sections: ["Your children on the register", "Personal budgets", "What you told us"],
  },
  "young-commissioner": {
    heading: /Hello/,
    sections: ["Bids to score", "Places to review", "Your training"],
  },
  provider: {
    heading: /to-do list/,
    sections: ["Outcome returns to send", "Announcements to acknowledge", "Open opportunities"],
  },
  commissioner: { heading: /Commissioning overview/, sections: ["Monitoring", "Planning and buying"] },
  "social-worker": {
    heading: /Assessments and personal budgets/,
    sections: [
      "Assessments in progress",
      "Assessments waiting for approval",
      "Budget reviews due in the next month",
    ],
  },
  admin: { heading: /Council administration/, sections: ["Latest activity"] },
};

for (const role of Object.keys(EXPECT) as RoleWord[]) {
  test.describe(role, () => {
    test.use({ storageState: stateFor(role) });
    test(`${role} home shows their to-dos`, async ({ page }) => {
      await page.goto(`/${role}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(EXPECT[role].heading);
      for (const s of EXPECT[role].sections)
        await expect(page.getByRole("heading", { name: s })).toBeVisible();
      await expect(page.getByText("Northshire County Council").first()).toBeVisible();
      await page.goto("/notifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
      await page.goto("/account");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/account/i);
    });
  });
}

test.describe("dashboards show the seeded work", () => {
  test.describe("provider", () => {
    test.use({ storageState: stateFor("provider") });
    test("an overdue return and an announcement to acknowledge", async ({ page }) => {
      await page.goto("/provider");
      await expect(page.getByText("Overdue").first()).toBeVisible();
      await expect(page.getByText("Not acknowledged").first()).toBeVisible();
    });
  });
  test.describe("young commissioner", () => {
    test.use({ storageState: stateFor("young-commissioner") });
    test("bids to score, in Easy Read too", async ({ page }) => {
      await page.goto("/young-commissioner");
      await expect(page.getByText(/You have given 0 of \d+ scores/).first()).toBeVisible();
      await page.getByRole("button", { name: "Easy Read" }).click();
      await expect(page.locator("html")).toHaveAttribute("data-display", "easy-read");
      await expect(page.getByText("This page shows the jobs you have to do.")).toBeVisible();
      await expectNoAxeViolations(page, "Easy Read display");
    });
  });
  test.describe("family", () => {
    test.use({ storageState: stateFor("family") });
    test("children and an active budget", async ({ page }) => {
      await page.goto("/family");
      await expect(page.getByText("On the register").first()).toBeVisible();
      await expect(page.getByText(/Direct payment of £[\d,]+\.\d\d a year/)).toBeVisible();
    });
  });
});

test.describe("notifications", () => {
  test.use({ storageState: stateFor("commissioner", "eastbrook") });
  test("marking all as read clears the unread count", async ({ page }) => {
    await page.goto("/notifications");
    const unread = page.getByText("Unread", { exact: true });
    expect(await unread.count(), "the seed leaves an unread notification").toBeGreaterThan(0);
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText("Unread", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Notifications \(\d+ unread\)/ })).toHaveCount(0);
  });
});
