import fs from "node:fs";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { query } from "../db";

/** Every number a reader sees in a count column: suppressed text, or 0, or at least 10. */
function expectNoSmallCount(text: string) {
  expect(
    text === "fewer than 10" || text === "hidden" || text === "0" || Number(text.replace(/,/g, "")) >= 10,
    text,
  ).toBe(true);
}

/** A count a reader can use: a number of at least 10 (not suppressed text). */
function isRealNumber(text: string): boolean {
  return /^\d[\d,]*$/.test(text) && Number(text.replace(/,/g, "")) >= 10;
}

/** The fields of one CSV line (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= line.length;) {
    if (line[i] === '"') {
      let value = "";
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i++;
        } else if (line[i] === '"') break;
        else value += line[i];
      }
      out.push(value);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(",", i) < 0 ? line.length : line.indexOf(",", i);
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** Active North Vale children aged 5 to 10 with autism, as the database has them now. */
async function northValeAutismFiveToTen(): Promise<number> {
  const [row] = await query<{ n: number }>(
    `select count(*)::int as n from "Child" c
     join "Council" co on co.id = c."councilId" and co.slug = 'northshire'
     join "District" d on d.id = c."districtId" and d.code = 'NV'
     join "ChildNeed" cn on cn."childId" = c.id
     join "NeedType" nt on nt.id = cn."needTypeId" and nt.code = 'AUTISM'
     where c.status = 'ACTIVE'
       and c."dateOfBirth" > (now() at time zone 'utc')::date - interval '11 years'
       and c."dateOfBirth" <= (now() at time zone 'utc')::date - interval '5 years'`,
  );
  return row.n;
}

test.describe("a commissioner", () => {
  test.use({ storageState: stateFor("commissioner") });

  test("reads the needs statistics, switches table with the keyboard and downloads the CSV", async ({
    page,
  }) => {
    await page.goto("/commissioner/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Needs statistics");
    await expect(page.getByText(/Data as of \d{1,2} \w{3} \d{4}/)).toBeVisible();
    const table = page.getByRole("table", { name: /Children on the register by district and age band/ });
    await expect(table).toBeVisible();
    const cells = (await table.getByRole("cell").allInnerTexts()).map((c) => c.trim());
    for (const cell of cells) expectNoSmallCount(cell);
    // The demo register (thousands of children) is large enough to show real numbers.
    expect(cells.filter(isRealNumber).length).toBeGreaterThan(10);
    await expect(page.getByRole("img", { name: /Bar chart: children by district/ })).toBeVisible();
    await page.getByText('What "fewer than 10" and "hidden" mean').click();
    await expect(page.getByText("we never show a number from 1 to 9")).toBeVisible();

    // Keyboard only: arrow to the next table, choose an age band, submit with Enter.
    await page.getByRole("radio", { name: "District and age band" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Type of need and district" })).toBeChecked();
    await page.getByLabel("Age band", { exact: true }).focus();
    await page.getByLabel("Age band", { exact: true }).selectOption({ label: "5 to 10" });
    await page.getByRole("button", { name: "Show statistics" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/view=district-need/);
    await expect(page).toHaveURL(/ageBand=AGE_5_10/);

    const byNeed = page.getByRole("table", { name: /by type of need and district, aged 5 to 10/ });
    await expect(byNeed).toBeVisible();
    await expect(
      page.getByText("A child can have more than one type of need, so they are counted once"),
    ).toBeVisible();
    // The North Vale autism 5–10 cell is the true count when shown; if it would let a small
    // number be worked out it reads "hidden". Never "fewer than 10": there are more than that.
    const truth = await northValeAutismFiveToTen();
    expect(truth).toBeGreaterThanOrEqual(10);
    const autism = byNeed.getByRole("row", { name: /^Autism/ });
    const column = (await byNeed.getByRole("columnheader").allInnerTexts())
      .map((t) => t.trim())
      .indexOf("North Vale");
    const cell = (
      await autism
        .getByRole("cell")
        .nth(column - 1)
        .innerText()
    ).trim();
    expect(["hidden", String(truth)]).toContain(cell);
    for (const c of await byNeed.getByRole("cell").allInnerTexts()) expectNoSmallCount(c.trim());
    await expectNoAxeViolations(page, "district by need view");

    // The CSV holds the same protected table: no count from 1 to 9, no rate for a hidden number.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Download as CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^needs-statistics-district-need-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs
      .readFileSync((await download.path())!, "utf8")
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('Age band,Type of need,District,Children with this need,"Rate per 1,000 children"');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines.slice(1)) {
      const [age, , , count, rate] = csvFields(line);
      expect(age).toBe("5 to 10");
      expectNoSmallCount(count);
      if (count === "fewer than 10" || count === "hidden") expect(rate).toBe("");
    }

    // The spreadsheet comes from the same place.
    const xlsx = await page.request.get(
      (await page.getByRole("link", { name: /Download as an Excel spreadsheet/ }).getAttribute("href"))!,
    );
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

    // A made-up query is a plain 400, not an error page.
    const bad = await page.request.get("/commissioner/statistics/export?view=everything&format=csv");
    expect(bad.status()).toBe(400);
  });
});

test.describe("the public", () => {
  test("sees Northshire's published statistics, suppressed, with the date of the data", async ({ page }) => {
    await page.goto("/councils/northshire/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Statistics from the register of disabled children",
    );
    await expect(page.getByText(/Data as of \d{1,2} \w{3} \d{4}/)).toBeVisible();
    for (const name of [/by district and age band/, /by type of need and district/]) {
      const table = page.getByRole("table", { name });
      await expect(table).toBeVisible();
      const cells = (await table.getByRole("cell").allInnerTexts()).map((c) => c.trim());
      for (const cell of cells) expectNoSmallCount(cell);
      expect(cells.filter(isRealNumber).length).toBeGreaterThan(5);
    }

    const response = await page.goto("/councils/no-such-council/statistics");
    expect(response?.status()).toBe(404);
  });
});

for (const role of ["family", "provider"] as const) {
  test.describe(`a ${role}`, () => {
    test.use({ storageState: stateFor(role) });
    test("cannot open the commissioner's statistics", async ({ page }) => {
      const response = await page.goto("/commissioner/statistics");
      expect(response?.status()).toBe(404);
      const file = await page.request.get("/commissioner/statistics/export?format=csv");
      expect(file.status()).toBe(404);
    });
  });
}
