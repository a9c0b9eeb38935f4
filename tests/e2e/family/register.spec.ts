import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { demoChildId } from "../db";

test.describe("a family registers a child, and a commissioner sees it", () => {
  test.use({ storageState: stateFor("family") });

  test("register, view, download, withdraw", async ({ page, browser }) => {
    const lastName = `Testchild${Date.now()}`;
    await page.goto("/family/children");
    await page.getByRole("link", { name: "Register a child" }).click();

    // Step 1: nothing entered, then a young adult over 19, then a real child.
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText("Enter your child's first name");
    await expect(summary).toContainText("Enter your child's date of birth");
    await expectNoAxeViolations(page, "error summary");
    await page.getByLabel("First name").fill("Zara");
    await page.getByLabel("Last name").fill(lastName);
    await page.getByLabel("Day").fill("5");
    await page.getByLabel("Month").fill("6");
    await page.getByLabel("Year").fill("1990");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(summary).toContainText("up to and including age 19");
    await expect(page.getByLabel("First name")).toHaveValue("Zara");
    await page.getByLabel("Year").fill("2015");
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 2: a postcode the council cannot place asks for the area.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where does your child live?");
    await page.getByLabel("Home postcode").fill("ZZ9 9ZZ");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(summary).toContainText("Choose the area you live in");
    await expectNoAxeViolations(page, "error summary on the address step");
    await page.getByRole("radio", { name: "North Vale" }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 3: needs.
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(summary).toContainText("Choose at least one type of need");
    await page.getByRole("checkbox", { name: "Autism" }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 4: optional details; step 5: contact.
    await page.getByLabel("School or setting (optional)").fill("Northshire Primary");
    await page.getByRole("button", { name: "Continue" }).click();
    await expectNoAxeViolations(page, "the contact step");
    await page.getByLabel("Your full name").fill("Pat Parent");
    await page.getByLabel("E-mail address").fill("pat.parent@example.org");
    await page.getByRole("radio", { name: "E-mail" }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Check your answers and consent.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await expect(page.getByText(`Zara ${lastName}`)).toBeVisible();
    await expectNoAxeViolations(page, "check your answers");
    await page.getByRole("button", { name: "Register my child" }).click();
    await expect(summary).toContainText("Tick the box to say you agree");
    await page.getByRole("checkbox", { name: /I agree/ }).check();
    await page.getByRole("button", { name: "Register my child" }).click();
    await expect(page.getByText("Zara is on the register")).toBeVisible();
    await expect(page.getByText("Agreed to statement version 1")).toBeVisible();
    await expectNoAxeViolations(page, "registered, with the confirmation");

    // The commissioner finds the child and opens the record (which is logged).
    const staff = await browser.newContext({ storageState: stateFor("commissioner") });
    const commissioner = await staff.newPage();
    await commissioner.goto(`/commissioner/register?q=${lastName}`);
    await commissioner.getByRole("link", { name: `${lastName}, Zara` }).click();
    await expect(commissioner.getByText("Your view of this record has been logged")).toBeVisible();

    // The family sees who looked, and can download everything.
    await page.goto("/family/your-data");
    const section = page.getByRole("region", { name: `Zara ${lastName}` });
    await expect(section.getByRole("cell", { name: "Commissioner" }).first()).toBeVisible();
    const download = await page.request.get("/family/your-data/download");
    expect(download.status()).toBe(200);
    const json = await download.json();
    const mine = json.children.find((c: { lastName: string }) => c.lastName === lastName);
    expect(mine.viewedByCouncilStaff.length).toBeGreaterThan(0);

    // Withdraw, after confirming; the child leaves the register at once.
    await page.goto("/family/children");
    await page.getByRole("link", { name: `Zara ${lastName}` }).click();
    await page.getByRole("link", { name: "Take Zara off the register" }).click();
    await page.getByRole("button", { name: "Yes, take them off the register" }).click();
    await expect(page.getByText("is no longer on the register")).toBeVisible();
    await commissioner.goto(`/commissioner/register?q=${lastName}`);
    await expect(commissioner.getByText("No children match these filters.")).toBeVisible();
    await staff.close();
  });
});

test.describe("nobody else reaches a family's child", () => {
  for (const role of ["provider", "young-commissioner", "social-worker"] as const) {
    test.describe(role, () => {
      test.use({ storageState: stateFor(role) });
      test(`${role} gets 404 for the child's pages and data`, async ({ page }) => {
        const id = await demoChildId();
        for (const path of [
          `/family/children/${id}`,
          `/family/children/${id}/withdraw`,
          "/family/your-data",
        ]) {
          expect((await page.goto(path))?.status(), path).toBe(404);
        }
        expect((await page.request.get("/family/your-data/download")).status()).toBe(404);
      });
    });
  }

  test("another family of the same council", async ({ browser }) => {
    const context = await browser.newContext();
    await signInWithSession(context, "family2@northshire.example");
    const page = await context.newPage();
    const id = await demoChildId();
    expect((await page.goto(`/family/children/${id}`))?.status()).toBe(404);
    expect((await page.goto(`/family/children/${id}/edit`))?.status()).toBe(404);
    await context.close();
  });

  test.describe("the other council", () => {
    test.use({ storageState: stateFor("commissioner", "eastbrook") });
    test("an Eastbrook commissioner cannot open a Northshire record", async ({ page }) => {
      const id = await demoChildId();
      expect((await page.goto(`/commissioner/register/${id}`))?.status()).toBe(404);
    });
  });
});

test.describe("administrators export the register", () => {
  test.use({ storageState: stateFor("admin") });
  test("the export is a CSV and is audited", async ({ page }) => {
    await page.goto("/admin/register");
    const response = await page.request.get("/admin/register/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect((await response.text()).split("\r\n")[0]).toContain("Date of birth");
    await page.goto("/admin/audit?action=child%3Aexport");
    await expect(page.getByRole("cell", { name: /Exported the register/ }).first()).toBeVisible();
  });
});

test("the public page explains the register", async ({ page }) => {
  await page.goto("/councils/northshire/join-the-register");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join the register of disabled children");
  expect((await page.goto("/councils/nowhere/join-the-register"))?.status()).toBe(404);
});
