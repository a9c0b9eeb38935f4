import { test, expect, expectNoAxeViolations } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor, makeCouncil } from "../../support/factories";
import { makeInvolvementLists } from "../../support/involvement-factories";

/**
 * Issue 15: a commissioner logs an involvement activity with who took part as counts (a count
 * larger than everyone is refused beside its box), links the "You said, we did" action that came
 * from it, and sees the report of rarely involved groups with the small count suppressed, on the
 * page and in the CSV. A council of its own, so the demo data stays as it is.
 */
test("the activity log: counts by group, a 'You said, we did' link, the suppressed report", async ({
  browser,
}) => {
  const council = await makeCouncil();
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const { youSaidWeDid } = await makeInvolvementLists(commissioner, { threshold: 5 });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInWithSession(context, commissioner.email, council.slug);
  const page = await context.newPage();

  await page.goto("/commissioner/involvement");
  await page.getByRole("link", { name: "Involvement activities" }).click();
  await expect(page.getByText("No involvement activities match.")).toBeVisible();
  await page.getByRole("link", { name: "Log an activity" }).click();

  const yesterday = new Date(Date.now() - 86_400_000);
  await page.getByRole("radio", { name: "Youth Advisory Board" }).check();
  await page.getByLabel("Title").fill("Youth Advisory Board: holiday clubs");
  await page.getByLabel("Day", { exact: true }).fill(String(yesterday.getUTCDate()));
  await page.getByLabel("Month", { exact: true }).fill(String(yesterday.getUTCMonth() + 1));
  await page.getByLabel("Year", { exact: true }).fill(String(yesterday.getUTCFullYear()));
  await page.getByLabel("Everyone who took part").fill("12");
  await page.getByLabel("Aged 16 to 19").fill("9");
  await page.getByLabel("Aged 11 to 15").fill("3");
  await page.getByLabel("Autism").fill("7");
  await page.getByLabel("Living in a rural area").fill("13");
  await page.getByRole("button", { name: "Log the activity" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("cannot be more than the 12 who took part");
  await expectNoAxeViolations(page, "activity count error summary");
  await page.getByLabel("Living in a rural area").fill("2");
  await page.getByRole("button", { name: "Log the activity" }).click();
  await expect(page.getByText("The activity is saved.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Groups that rarely get involved" })).toContainText(
    "Living in a rural area",
  );

  // The "You said, we did" action that came from it, shown both ways.
  await page.getByRole("checkbox", { name: /nowhere quiet to go/ }).check();
  await page.getByRole("button", { name: "Save the links" }).click();
  await expect(page.getByText('The "You said, we did" actions that came from it are saved.')).toBeVisible();
  await page.goto(`/commissioner/you-said-we-did/${youSaidWeDid.id}`);
  await expect(page.getByRole("link", { name: "Youth Advisory Board: holiday clubs" })).toBeVisible();

  // The report: 2 from rural areas is fewer than the threshold of 5, and so rarely involved.
  await page.goto("/commissioner/involvement");
  await page.getByRole("link", { name: "Which groups are rarely involved" }).click();
  const groups = page.getByRole("table", { name: "Groups that rarely get involved" });
  const rural = groups.getByRole("row", { name: /Living in a rural area/ });
  await expect(rural).toContainText("fewer than 5");
  await expect(rural).toContainText("Rarely involved");
  await expect(page.getByRole("table", { name: "Everyone who took part" })).not.toContainText("fewer than");
  await expectNoAxeViolations(page, "report with a suppressed cell");

  const csv = await page.request.get("/commissioner/involvement/report/export?blocks=4&format=csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Living in a rural area");
  expect(text).toMatch(/Living in a rural area,(?:[^\r\n]*,)?fewer than 5/);
  await context.close();
});
