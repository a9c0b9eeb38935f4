import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { query } from "../db";

test.use({ storageState: stateFor("commissioner") });
// Several pages, each scanned by axe, and uploads: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const HEADER =
  "Reference,Title,Provider,Service type,Districts,Annual value,Total value,Start date,End date,Extension months available";

const csvFile = (...rows: string[]) => ({
  name: "contracts.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`),
});

async function contractsWithReferencePrefix(prefix: string): Promise<number> {
  const rows = await query<{ n: string }>(
    `select count(*) as n from "Contract" k join "Council" c on c.id = k."councilId"
     where c.slug = 'northshire' and k.reference like $1`,
    [`${prefix}%`],
  );
  return Number(rows[0].n);
}

test("a commissioner imports contracts: row errors first, then a preview, then the import", async ({
  page,
}) => {
  // "ZZ" sorts after the seeded references; far-off dates keep the contracts out of other journeys.
  const prefix = `ZZ-IMP-${Date.now()}`;
  const ref1 = `${prefix}-1`;
  const ref2 = `${prefix}-2`;

  await page.goto("/commissioner/contracts");
  await page.getByRole("link", { name: "Import contracts from a CSV" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import contracts from a CSV");
  await expect(page.getByRole("link", { name: "Download a template CSV file" })).toHaveAttribute(
    "download",
    "contracts-template.csv",
  );

  // A file with wrong rows: every problem is listed by row and column, and nothing is saved.
  const file = page.getByLabel("Contracts CSV file");
  await file.setInputFiles(
    csvFile(
      `${ref1},Sitting in the evenings,Sunflower Sitting Service,Sitting service,North Vale,"£20,000.00","60,000.00",01/04/2090,31/03/2093,`,
      `${ref1},Overnight breaks,Eastbrook Family Link,Overnight break,Riverside,-5,100,01/04/2090,31/03/2089,`,
    ),
  );
  await page.getByRole("button", { name: "Preview" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("The selected file has 5 problems");
  await expect(summary).toBeFocused();
  await expect(page.getByTestId("row-problems").getByRole("listitem")).toHaveText([
    `Row 3, reference: ${ref1} is also on row 2. Give each contract its own reference`,
    "Row 3, provider: no provider called Eastbrook Family Link works with your council",
    "Row 3, districts: no district called Riverside in your council",
    "Row 3, annual value: must not be negative",
    "Row 3, end date: must be after the start date",
  ]);
  await expectNoAxeViolations(page, "row problems");
  expect(await contractsWithReferencePrefix(prefix)).toBe(0);

  // The fixed file: a preview of what will be created.
  await file.setInputFiles(
    csvFile(
      `${ref1},Sitting in the evenings,Sunflower Sitting Service,Sitting service,North Vale,"£20,000.10","60,000.30",01/04/2090,31/03/2093,12`,
      `${ref2},Overnight breaks,haven overnight care ltd,overnight break,Southmoor; Eastwick,12000.25,36000.75,2090-04-01,2093-03-31,`,
    ),
  );
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("contract-import-preview");
  await expect(
    preview.getByRole("heading", { name: "Check the contracts before you import them" }),
  ).toBeVisible();
  await expect(preview.getByRole("definition")).toHaveText(["2", "2", "£32,000.35", "£96,001.05"]);
  await expect(preview.getByRole("row").nth(2).getByRole("cell")).toHaveText([
    "Haven Overnight Care Ltd",
    "Overnight break",
    "Southmoor, Eastwick",
    "1 April 2090 to 31 March 2093",
    "£12,000.25",
    "£36,000.75",
  ]);
  await expectNoAxeViolations(page, "preview");
  expect(await contractsWithReferencePrefix(prefix)).toBe(0);

  await page.getByRole("button", { name: "Import 2 contracts" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Contracts imported" })).toContainText(
    "2 contracts imported, worth £32,000.35 a year.",
  );
  await expectNoAxeViolations(page, "imported, with its banner");
  expect(await contractsWithReferencePrefix(prefix)).toBe(2);

  // The contract is in the list, and its page copes with having no KPIs.
  await page.getByRole("link", { name: "View all contracts" }).click();
  await page.getByLabel("Status").selectOption("MOBILISING");
  await page.getByLabel("Provider").selectOption({ label: "Sunflower Sitting Service" });
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row").filter({ hasText: ref1 });
  await expect(row).toContainText("Sitting in the evenings");
  await expect(row).toContainText("£20,000.10");
  await row.getByRole("link", { name: "Sitting in the evenings" }).click();
  await expect(page.getByText("This contract has no KPIs yet.")).toBeVisible();
});

test("a second submit of the import form imports the contracts once", async ({ page }) => {
  const prefix = `ZZ-IMP-${Date.now()}-TWICE`;
  await page.goto("/commissioner/contracts/import");
  await page
    .getByLabel("Contracts CSV file")
    .setInputFiles(
      csvFile(
        `${prefix}-1,Leisure passes,Together Leisure Trust,Leisure activity,Westford Rural,500,1500,01/04/2090,31/03/2093,`,
      ),
    );
  await page.getByRole("button", { name: "Preview" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Import 1 contract" }) });
  // Submit the same form twice without waiting, as a double click would.
  await form.evaluate((f: HTMLFormElement) => {
    f.requestSubmit();
    f.requestSubmit();
  });
  await expect(page.getByRole("alert").filter({ hasText: "Contracts imported" })).toContainText(
    "already imported from this form",
  );
  expect(await contractsWithReferencePrefix(prefix)).toBe(1);
});
