import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { query } from "../db";

test.use({ storageState: stateFor("admin") });

// A year the statistics do not use (they take the latest), so other journeys see the seed figures.
const YEAR = 2003;
const HEADER = "District Code,Age Band,Year,Population";

const csvFile = (...rows: string[]) => ({
  name: "population.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`),
});

async function figuresHeld(year: number): Promise<number> {
  const rows = await query<{ n: string }>(
    `select count(*) as n from "DistrictPopulation" p join "Council" c on c.id = p."councilId"
     where c.slug = 'northshire' and p.year = $1`,
    [year],
  );
  return Number(rows[0].n);
}

test("an administrator imports population figures: row errors first, then a preview, then the import", async ({
  page,
}) => {
  const heldBefore = await figuresHeld(YEAR);

  await page.goto("/admin/population");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Population data");
  // The seed holds this year's figures.
  await expect(page.getByText(`Population in ${new Date().getUTCFullYear()}`)).toBeVisible();

  // Preview with no file chosen.
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Select a CSV file");
  await expectNoAxeViolations(page, "error summary");

  // A file with wrong rows: every problem is listed by row, and nothing is saved.
  const file = page.getByLabel("Population CSV file");
  await file.setInputFiles(
    csvFile(`NV,0-4,${YEAR},1111`, `SM,5-11,${YEAR},2222`, `EC,0-4,${YEAR},3333`, `EW,11-15,${YEAR},12.5`),
  );
  await page.getByRole("button", { name: "Preview" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("The selected file has 3 problems");
  await expect(summary).toBeFocused();
  const problems = page.getByTestId("row-problems");
  await expect(problems.getByRole("listitem")).toHaveText([
    "Row 3: age band '5-11' is not one of 0-4, 5-10, 11-15, 16-19",
    "Row 4: no district with code EC in your council",
    "Row 5: population '12.5' must be a whole number from 0 to 10,000,000",
  ]);
  await expectNoAxeViolations(page, "row problems");
  expect(await figuresHeld(YEAR)).toBe(heldBefore);
  await expect(page.getByTestId("population-preview")).toHaveCount(0);

  // The fixed file: a preview of what will be saved.
  await file.setInputFiles(
    csvFile(
      `NV,0-4,${YEAR},1111`,
      `nv,5-10,${YEAR},2222`,
      `NV,11 to 15,${YEAR},3333`,
      `NV,AGE_16_19,${YEAR},4444`,
      `SM,5-10,${YEAR},5555`,
      `EW,11-15,${YEAR},6666`,
    ),
  );
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("population-preview");
  await expect(
    preview.getByRole("heading", { name: "Check the figures before you import them" }),
  ).toBeVisible();
  await expect(preview.getByRole("definition").first()).toHaveText("6");
  // Latest year first, then districts by name, then age bands in order.
  await expect(preview.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "Eastwick (EW)",
    String(YEAR),
    "11 to 15",
    "6,666",
    heldBefore === 0 ? "New" : /New|No change|Replaces/,
  ]);
  await expect(preview.getByRole("row").nth(2).getByRole("cell")).toHaveText([
    "North Vale (NV)",
    String(YEAR),
    "0 to 4",
    "1,111",
    heldBefore === 0 ? "New" : /New|No change|Replaces/,
  ]);
  await expectNoAxeViolations(page, "preview");
  expect(await figuresHeld(YEAR)).toBe(heldBefore);

  // Import: one go, then the table shows the figures.
  await page.getByRole("button", { name: "Import 6 figures" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Figures imported" })).toContainText(
    "6 figures imported",
  );
  await expectNoAxeViolations(page, "imported, with its banner");
  const table = page
    .locator("table")
    .filter({ has: page.getByText(`Population in ${YEAR}`, { exact: true }) });
  await expect(table.getByRole("row", { name: /North Vale \(NV\)/ }).getByRole("cell")).toHaveText([
    "1,111",
    "2,222",
    "3,333",
    "4,444",
    "11,110",
  ]);
  await expect(table.getByRole("row", { name: /Southmoor \(SM\)/ })).toContainText("5,555");
  await expect(table.getByRole("row", { name: /Eastwick \(EW\)/ })).toContainText("6,666");
  expect(await figuresHeld(YEAR)).toBe(6);

  // The audit log records the import, without personal data.
  await page.goto("/admin/audit?action=population%3Aimport");
  await expect(
    page.getByRole("cell", { name: /Imported population figures: 6 rows for 3 districts/ }).first(),
  ).toBeVisible();
});

test("a second submit of the import form imports the figures once", async ({ page }) => {
  const year = YEAR + 1;
  const imports = async () =>
    Number(
      (
        await query<{ n: string }>(
          `select count(*) as n from "AuditEvent" a join "Council" c on c.id = a."councilId"
           where c.slug = 'northshire' and a.action = 'population:import' and a.summary like $1`,
          [`%year ${year} %`],
        )
      )[0].n,
    );
  const before = await imports();

  await page.goto("/admin/population");
  await page
    .getByLabel("Population CSV file")
    .setInputFiles(csvFile(`WR,0-4,${year},3120`, `WR,5-10,${year},4050`));
  await page.getByRole("button", { name: "Preview" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Import 2 figures" }) });
  // Submit the same form twice without waiting, as a double click would.
  await form.evaluate((f: HTMLFormElement) => {
    f.requestSubmit();
    f.requestSubmit();
  });
  // The second submit reports that the first one stands.
  await expect(page.getByRole("alert").filter({ hasText: "Figures imported" })).toContainText(
    "already imported from this form",
  );
  expect(await imports()).toBe(before + 1);
});
