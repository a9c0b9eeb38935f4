import type { Browser, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { makeCycleContract } from "../db";

async function as(browser: Browser, role: "provider" | "commissioner"): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFor(role) });
  return context.newPage();
}

test("a return is submitted, queried, answered, resubmitted and accepted; RAG, trend and overdue follow", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const c = await makeCycleContract("cycle");
  const provider = await as(browser, "provider");
  const commissioner = await as(browser, "commissioner");
  const providerReturn = `/provider/contracts/${c.contractId}/returns/${c.periodId}`;

  // The provider submits: bad input first (a negative actual), then a real return at 7 of 10 play days.
  await provider.goto(providerReturn);
  await provider.getByLabel("Play days (days)").fill("-3");
  await provider.getByRole("button", { name: "Submit return" }).click();
  await expect(provider.getByRole("group", { name: "There is a problem" })).toContainText("Play days");
  await expectNoAxeViolations(provider, "error summary");
  await provider.getByLabel("Play days (days)").fill("7");
  await provider.getByLabel("Children supported").fill("14");
  await provider.getByLabel("Families supported").fill("12");
  await provider.getByLabel("How did the service go this period?").fill("Fewer sessions: the hall was shut.");
  await provider
    .getByLabel("How did you ask children what they wanted?")
    .fill("Picture cards after sessions");
  await provider.getByLabel("What did the children say?").fill("They want the hall back");
  await provider.getByRole("button", { name: "Submit return" }).click();
  await expect(provider.getByText("Return submitted")).toBeVisible();

  // The commissioner finds it to review and queries it.
  await commissioner.goto("/commissioner/returns");
  const row = commissioner.getByRole("row", { name: new RegExp(c.reference) });
  await row.getByRole("link").click();
  await commissioner.getByLabel("Query it: ask the provider a question").check();
  await commissioner.getByLabel("Message to the provider").fill("Were any sessions moved to another venue?");
  await commissioner.getByRole("button", { name: "Send" }).click();
  await expect(commissioner.getByText("Were any sessions moved to another venue?")).toBeVisible();

  // The provider answers, corrects the figure to 8.5 and submits again.
  await provider.goto(providerReturn);
  await expect(provider.getByText("Were any sessions moved to another venue?")).toBeVisible();
  await provider.getByLabel("Your answer to the council's query").fill("Yes: 1.5 days ran at the library.");
  await provider.getByLabel("Play days (days)").fill("8.5");
  await provider.getByRole("button", { name: "Submit return" }).click();
  await expect(provider.getByText("Return submitted")).toBeVisible();

  // Before acceptance the contract has no RAG; after it, 85% of target is amber, on the list and the chart.
  const contractPage = `/commissioner/contracts/${c.contractId}`;
  await commissioner.goto(contractPage);
  await expect(commissioner.locator('dt:has-text("Current RAG") + dd')).toContainText("No result yet");
  await commissioner.goto(`${contractPage}/returns/${c.periodId}`);
  await expect(commissioner.getByText("Yes: 1.5 days ran at the library.")).toBeVisible();
  await commissioner.getByLabel("Accept the return").check();
  await commissioner.getByRole("button", { name: "Send" }).click();
  await expect(commissioner.getByText("Accepted", { exact: true }).first()).toBeVisible();
  await commissioner.goto(contractPage);
  await expect(commissioner.locator('dt:has-text("Current RAG") + dd')).toContainText("Amber");
  await expect(commissioner.getByRole("img", { name: /Play days.*8\.5 against 10/ })).toBeVisible();
  await commissioner.goto("/commissioner/contracts?rag=AMBER");
  await expect(commissioner.getByRole("link", { name: `Cycle test cycle` })).toBeVisible();

  // The period whose due date has passed is overdue for both sides.
  await commissioner.goto("/commissioner/returns?view=overdue");
  await expect(commissioner.getByRole("row", { name: new RegExp(c.overdueLabel) })).toContainText("Overdue");
  await provider.goto(`/provider/contracts/${c.contractId}`);
  await expect(provider.getByRole("row", { name: new RegExp(c.overdueLabel) })).toContainText("Overdue");
});

test("a meeting's action owned by the provider is overdue on both sides until the provider closes it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const c = await makeCycleContract("meet");
  const provider = await as(browser, "provider");
  const commissioner = await as(browser, "commissioner");
  const contractPage = `/commissioner/contracts/${c.contractId}`;
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

  await commissioner.goto(contractPage);
  await commissioner.getByText("Record a meeting").click();
  await commissioner.getByRole("button", { name: "Record the meeting" }).click();
  await expect(commissioner.getByRole("group", { name: "There is a problem" })).toContainText(
    "Enter the meeting date",
  );
  await expectNoAxeViolations(commissioner, "error summary");
  const held = ago(10);
  await commissioner
    .getByRole("group", { name: "Date of the meeting" })
    .getByLabel("Day")
    .fill(String(held.getUTCDate()));
  await commissioner
    .getByRole("group", { name: "Date of the meeting" })
    .getByLabel("Month")
    .fill(String(held.getUTCMonth() + 1));
  await commissioner
    .getByRole("group", { name: "Date of the meeting" })
    .getByLabel("Year")
    .fill(String(held.getUTCFullYear()));
  await commissioner.getByLabel("Who attended").fill("Council commissioner; provider manager");
  await commissioner.getByLabel("Yes").check();
  await commissioner.getByLabel("Notes").fill("Agreed a new transport plan.");
  await commissioner.getByRole("button", { name: "Record the meeting" }).click();
  await expect(commissioner.getByText("Meeting recorded")).toBeVisible();

  await commissioner.getByText("Add an action from this meeting").click();
  await commissioner.getByLabel("Action", { exact: true }).fill("Send the new transport plan");
  await commissioner.getByLabel("Owner's name").fill("Provider manager");
  await commissioner.getByLabel(/The provider,/).check();
  const due = ago(3);
  const dueGroup = commissioner.getByRole("group", { name: "Due date" });
  await dueGroup.getByLabel("Day").fill(String(due.getUTCDate()));
  await dueGroup.getByLabel("Month").fill(String(due.getUTCMonth() + 1));
  await dueGroup.getByLabel("Year").fill(String(due.getUTCFullYear()));
  await commissioner.getByRole("button", { name: "Add the action" }).click();
  await expect(commissioner.getByRole("row", { name: /Send the new transport plan/ })).toContainText(
    "Overdue",
  );

  await commissioner.goto("/commissioner/meeting-actions");
  await expect(commissioner.getByRole("row", { name: /Send the new transport plan/ })).toBeVisible();

  await provider.goto("/provider/meeting-actions");
  const row = provider.getByRole("row", { name: /Send the new transport plan/ });
  await expect(row).toContainText("Overdue");
  await row.getByRole("link").click();
  const actionRow = provider.getByRole("row", { name: /Send the new transport plan/ });
  await actionRow.getByRole("button", { name: /Mark done/ }).click();
  await expect(provider.getByRole("row", { name: /Send the new transport plan/ })).toContainText("Done");
  await provider.goto("/provider/meeting-actions");
  await expect(provider.getByRole("row", { name: /Send the new transport plan/ })).toHaveCount(0);
});
