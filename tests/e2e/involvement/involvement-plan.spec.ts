import { test, expect, expectNoAxeViolations } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor, makeCouncil } from "../../support/factories";

/**
 * Issue 15: a commissioner starts the involvement plan for the next six months, adds an action,
 * and marks it done with its evidence. A council of its own, so the demo plans stay as they are.
 */
test("the involvement plan: start it, add an action, mark it done with evidence", async ({ browser }) => {
  const council = await makeCouncil();
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInWithSession(context, commissioner.email, council.slug);
  const page = await context.newPage();

  await page.goto("/commissioner/involvement");
  await expect(page.getByText("No involvement plans yet.")).toBeVisible();
  await page.getByRole("button", { name: "Start the plan" }).click();
  await expect(page).toHaveURL(/\/commissioner\/involvement\/[^/]+$/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const year = Number(/(\d{4})$/.exec(heading!.split(" to ")[0])![1]);

  // A due date outside the six months is refused beside the field.
  await page.getByLabel("Action").fill("Run a Youth Advisory Board on short breaks");
  await page.getByLabel("Owner").fill("Participation officer");
  await page.getByLabel("Day", { exact: true }).fill("1");
  await page.getByLabel("Month", { exact: true }).fill("1");
  await page.getByLabel("Year", { exact: true }).fill(String(year - 1));
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("within the plan's six months");
  await expectNoAxeViolations(page, "involvement action error summary");
  const start = heading!.split(" to ")[0];
  const month = new Date(`${start} 12:00 UTC`).getUTCMonth() + 1;
  await page.getByLabel("Day", { exact: true }).fill("20");
  await page.getByLabel("Month", { exact: true }).fill(String(month));
  await page.getByLabel("Year", { exact: true }).fill(String(year));
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByText("The action is added to the plan.")).toBeVisible();

  // Done needs its evidence.
  await page.getByText("Update").click();
  await page.getByRole("radio", { name: "Done" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Say what shows the action was done");
  await page.getByLabel("Evidence (needed to mark it done)").fill("Met on 20th: notes on the forum");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Evidence: Met on 20th: notes on the forum")).toBeVisible();
  await page.goto("/commissioner/involvement");
  await expect(page.getByRole("table", { name: "Plans" })).toContainText("None");
  await context.close();
});
