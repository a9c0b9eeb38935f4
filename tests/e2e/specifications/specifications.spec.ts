import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { demoSpecificationId } from "../db";

test.describe("a commissioner", () => {
  test.use({ storageState: stateFor("commissioner") });

  test("starts a specification from the needs analysis, approves it, changes it and compares versions", async ({
    page,
    browser,
  }) => {
    const title = `E2E play scheme ${Date.now()}`;

    await page.goto("/commissioner/needs-analysis");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Needs analysis");
    await expect(
      page.getByRole("table", { name: /Live contracts by district and service type/ }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Start a specification from this" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a specification");
    // A bad first try: nothing filled in gives clear messages at the top.
    await page.getByRole("button", { name: "Save as draft" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Enter the title" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Enter at least one output" })).toBeVisible();
    await expectNoAxeViolations(page, "error summary");

    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill("Inclusive play in the summer holidays.");
    await page.getByLabel("Service type").selectOption({ index: 1 });
    await page.getByRole("group", { name: "Districts" }).getByRole("checkbox").first().check();
    await page.getByLabel("Youngest age (years)").fill("5");
    await page.getByLabel("Oldest age (years)").fill("11");
    await page.getByRole("group", { name: "Types of need" }).getByRole("checkbox").first().check();
    await page.getByLabel("Outcomes").fill("Children have fun with friends\nParents get a break");
    const output = (n: number) => page.getByRole("group", { name: `Output ${n}`, exact: true });
    await output(1).getByLabel("Measure").fill("Play scheme days");
    await output(1).getByLabel("Unit").selectOption("DAYS");
    await output(1).getByLabel("Quantity").fill("30");
    await output(1).getByLabel("Period").selectOption("PER_YEAR");
    await output(2).getByLabel("Measure").fill("Children per day");
    await output(2).getByLabel("Unit").selectOption("CHILDREN");
    await output(2).getByLabel("Quantity").fill("12");
    await output(2).getByLabel("Period").selectOption("PER_DAY");
    // Adding a row by keyboard puts focus in the new row.
    await page.getByRole("button", { name: "Add another output" }).focus();
    await page.keyboard.press("Enter");
    await expect(output(4).getByLabel("Measure")).toBeFocused();
    await page.getByLabel("Maximum annual value (pounds)").fill("45000");
    await page.getByLabel("Term (months)").fill("24");
    await page.getByLabel("Extension option (months)").fill("12");
    await page.getByRole("button", { name: "Save as draft" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Specification saved as a draft.")).toBeVisible();
    await expect(page.getByText(/^Figures taken on/)).toBeVisible();
    const outputs = page.getByRole("table", { name: "Outputs" });
    await expect(outputs.getByRole("row")).toHaveCount(3);
    await expectNoAxeViolations(page, "a draft just saved, with its banner");
    const specUrl = page.url().replace(/\?.*$/, "");

    // Sending without an equality impact assessment is refused with a reason.
    await page.getByRole("button", { name: "Send for approval" }).click();
    await expect(page.getByTestId("error-summary")).toContainText(
      "Complete the equality impact assessment first",
    );

    await page.getByRole("link", { name: "Equality impact assessment", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Equality impact assessment");
    await page.getByLabel("Groups affected").fill("Disabled children aged 5 to 11 and their families.");
    await page.getByLabel("Likely impact").fill("Positive: more places in the holidays.");
    await page.getByLabel("Mitigations").fill("Transport for children in rural areas.");
    await page.getByRole("button", { name: "Save the assessment" }).click();
    await expect(page.getByText("Equality impact assessment saved and complete.")).toBeVisible();

    await page.getByRole("button", { name: "Send for approval" }).click();
    await expect(page.getByText("Sent for approval.")).toBeVisible();
    await expect(page.getByText("Awaiting approval", { exact: true })).toBeVisible();
    // Four-eyes: Northshire has two commissioners, so the author cannot approve their own version.
    await expect(page.getByRole("button", { name: "Approve this version" })).toHaveCount(0);
    await expect(page.getByText("another commissioner must approve it")).toBeVisible();
    const colleague = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(colleague, "commissioner2@northshire.example");
    const second = await colleague.newPage();
    await second.goto(specUrl);
    await second.getByRole("button", { name: "Approve this version" }).click();
    await expect(second.getByText("Specification approved.")).toBeVisible();
    await colleague.close();
    await page.reload();
    const history = page.getByRole("table", { name: "Every version of this specification" });
    await expect(history.getByRole("row").nth(1)).toContainText("by ");

    await page.getByRole("link", { name: "Change (makes version 2)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change the specification");
    await page.getByLabel("Maximum annual value (pounds)").fill("50000");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(
      page.getByText("Changes saved as a new draft version. The approved version has not changed."),
    ).toBeVisible();
    await expect(history.getByRole("row")).toHaveCount(3);
    await expect(history).toContainText("Version 2 (current)");

    await page.getByRole("link", { name: "Compare with version 1" }).click();
    await expect(page).toHaveURL(`${specUrl}/compare?from=1&to=2`);
    await expect(page.getByText("1 part has changed")).toBeVisible();
    const row = page.getByRole("row", { name: /Maximum annual value/ });
    await expect(row).toContainText("Changed");
    await expect(row).toContainText("£45,000.00");
    await expect(row).toContainText("Added: £50,000.00");
    await expectNoAxeViolations(page, "two versions compared");
  });

  test("lists and filters specifications, with an empty result", async ({ page }) => {
    await page.goto("/commissioner/specifications?status=ARCHIVED");
    await expect(page.getByText("No specifications match these filters.")).toBeVisible();
    await page.goto("/commissioner/specifications");
    await expect(page.getByRole("table", { name: /specifications?$/ })).toBeVisible();
  });
});

test.describe("another council", () => {
  test.use({ storageState: stateFor("commissioner", "eastbrook") });
  test("cannot open a Northshire specification", async ({ page }) => {
    const id = await demoSpecificationId();
    for (const path of ["", "/edit", "/equality-impact", "/compare?from=1&to=1"]) {
      const response = await page.goto(`/commissioner/specifications/${id}${path}`);
      expect(response?.status(), path).toBe(404);
    }
  });
});
