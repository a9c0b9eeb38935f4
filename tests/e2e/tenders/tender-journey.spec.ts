import type { Browser, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { passTenderDeadlines, query } from "../db";

/**
 * One tender across roles: a commissioner drafts and publishes it; two providers ask and bid; the
 * commissioner answers; after the deadline a commissioner and a young commissioner (Easy Read)
 * score; moderation; the award with both decisions; the losing provider reads its letter.
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

const TITLE = `Inclusive holiday clubs ${Date.now()}`;
let tenderId = "";

function inDays(n: number) {
  const d = new Date(Date.now() + n * 86_400_000);
  return {
    day: String(d.getUTCDate()),
    month: String(d.getUTCMonth() + 1),
    year: String(d.getUTCFullYear()),
  };
}

async function fillDate(page: Page, id: string, days: number) {
  const d = inDays(days);
  await page.locator(`#${id}-day`).fill(d.day);
  await page.locator(`#${id}-month`).fill(d.month);
  await page.locator(`#${id}-year`).fill(d.year);
}

async function asUser(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signInWithSession(context, email);
  const page = await context.newPage();
  return { page, close: () => context.close() };
}

test("a commissioner drafts and publishes a tender, with weights checked", async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFor("commissioner") });
  const page = await context.newPage();
  await page.goto("/commissioner/tenders");
  await page.getByRole("link", { name: "Create a tender" }).click();
  await page.getByLabel("Specification").selectOption({ index: 1 });
  await page.getByLabel("Title", { exact: true }).first().fill(TITLE);
  await page
    .getByLabel("Description for bidders")
    .fill("Clubs in every holiday for disabled children aged 5 to 15.");
  await page.getByLabel("Estimated total contract value, in pounds").fill("150000");
  await fillDate(page, "clarificationDeadline", 5);
  await fillDate(page, "submissionDeadline", 10);
  await fillDate(page, "evaluationEndsAt", 30);
  await page.locator("#q0Title").fill("Meeting children's needs");
  await page.locator("#q0Question").fill("How will your clubs meet the needs of autistic children?");
  await page.locator("#q0Weight").fill("50");
  await page.locator("#priceWeight").fill("40");
  await page.locator("#ypTitle").fill("Young people choose");
  await page.locator("#ypQuestion").fill("How will young people choose what happens?");
  await page.locator("#ypWeight").fill("20");
  await page.getByRole("button", { name: "Save draft tender" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("The weights must add up to 100. They add up to 110.");
  await expectNoAxeViolations(page, "error summary");
  await expect(page.locator("#q0Title")).toHaveValue("Meeting children's needs");
  await page.locator("#priceWeight").fill("30");
  await page.getByRole("button", { name: "Save draft tender" }).click();
  await expect(page).toHaveURL(/created=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  tenderId = page.url().split("/commissioner/tenders/")[1].split("?")[0];
  await expectNoAxeViolations(page, "a draft tender just created, with its banner");
  await page.getByRole("button", { name: "Publish the tender" }).click();
  await expect(page.getByText(/is now open for bids\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Change the draft" })).toHaveCount(0);
  await context.close();
});

test("providers ask a question and bid; the answer reaches every bidder without the asker", async ({
  browser,
}) => {
  const provider = await asUser(browser, "provider@northshire.example");
  let page = provider.page;
  await page.goto(`/provider/tenders/${tenderId}`);
  await page.getByLabel("Ask a clarification question").fill("Can sessions run on Saturdays?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByText("Question sent.")).toBeVisible();

  await page.getByRole("link", { name: "Start a bid" }).click();
  await page
    .getByLabel("How will your clubs meet the needs of autistic children?")
    .fill("Small groups, quiet rooms, trained staff.");
  await page
    .getByLabel("How will young people choose what happens?")
    .fill("A young people's committee picks each club's activities.");
  await page.getByLabel("Annual price for the whole service, in pounds").fill("40000");
  await page.getByRole("button", { name: "Submit bid" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Confirm you have a safeguarding policy");
  await expectNoAxeViolations(page, "error summary");
  await page.getByRole("checkbox", { name: /safeguarding policy/ }).check();
  await page.getByRole("checkbox", { name: /liability insurance/ }).check();
  await page.getByRole("button", { name: "Submit bid" }).click();
  await expect(page.getByText("Your bid has been submitted.")).toBeVisible();
  await provider.close();

  const second = await asUser(browser, "provider2@northshire.example");
  page = second.page;
  await page.goto(`/provider/tenders/${tenderId}/bid`);
  await page
    .getByLabel("How will your clubs meet the needs of autistic children?")
    .fill("Named key workers and picture timetables for every child.");
  await page
    .getByLabel("How will young people choose what happens?")
    .fill("Young people vote each week and run a club council.");
  await page.getByLabel("Annual price for the whole service, in pounds").fill("45000");
  await page.getByRole("checkbox", { name: /safeguarding policy/ }).check();
  await page.getByRole("checkbox", { name: /liability insurance/ }).check();
  await page.getByRole("button", { name: "Submit bid" }).click();
  await expect(page.getByText("Your bid has been submitted.")).toBeVisible();

  // The commissioner answers; the second provider sees the answer, never who asked.
  const commissioner = await browser.newContext({ storageState: stateFor("commissioner") });
  const cpage = await commissioner.newPage();
  await cpage.goto(`/commissioner/tenders/${tenderId}`);
  await expect(cpage.getByText("Bids received")).toBeVisible();
  await expect(cpage.getByText("Sealed until the submission deadline")).toBeVisible();
  await cpage.getByLabel("Answer to question 1").fill("Yes, Saturday sessions are welcome.");
  await cpage.getByRole("button", { name: "Publish answer to every bidder" }).click();
  await expect(cpage.getByText("Answer published to every bidder.")).toBeVisible();
  await commissioner.close();

  await page.goto(`/provider/tenders/${tenderId}`);
  await expect(page.getByText("Yes, Saturday sessions are welcome.")).toBeVisible();
  await expect(page.locator("#main-content, main").first()).not.toContainText("Northshire Play Partnership");
  await second.close();
});

test("after the deadline a commissioner and a young commissioner score; moderation; award; letters", async ({
  browser,
}) => {
  // The deadline passes (a controlled clock: the deadlines move into the past).
  await passTenderDeadlines(tenderId);
  const commissioner = await browser.newContext({ storageState: stateFor("commissioner") });
  const page = await commissioner.newPage();

  // Panel: the commissioner chairs and scores quality; the young commissioner scores the young people's criterion.
  await page.goto(`/commissioner/tenders/${tenderId}/panel`);
  await page.getByLabel("Person").selectOption({ label: "Jordan Ellis (Young commissioner)" });
  await page.getByRole("checkbox", { name: /Young people choose/ }).check();
  await page.getByRole("button", { name: "Save panel member" }).click();
  await expect(page.getByText("Panel updated.")).toBeVisible();
  const me = await query<{ name: string }>(
    `select name from "User" where email = 'commissioner@northshire.example'`,
  );
  await page.getByLabel("Person").selectOption({ label: `${me[0].name} (Commissioner)` });
  await page.getByRole("radio", { name: "Chair" }).check();
  await page.getByRole("checkbox", { name: /Meeting children's needs/ }).check();
  await page.getByRole("button", { name: "Save panel member" }).click();
  await expect(page.getByRole("cell", { name: "Chair" })).toBeVisible();

  await page.goto(`/commissioner/tenders/${tenderId}`);
  await page.getByRole("button", { name: "Close the tender" }).click();
  await expect(page.getByText(/is now closed/)).toBeVisible();
  await page.getByRole("button", { name: "Start the evaluation" }).click();
  await expect(page.getByText(/is now in evaluation/)).toBeVisible();

  // Which label is which bidder (the panel sees only labels).
  const labels = await query<{ label: string; email: string }>(
    `select b.label, u.email from "Bid" b join "Membership" m on m."organisationId" = b."organisationId"
     join "User" u on u.id = m."userId" where b."tenderId" = $1 and u.email in ('provider@northshire.example', 'provider2@northshire.example')`,
    [tenderId],
  );
  const winnerLabel = labels.find((l) => l.email === "provider2@northshire.example")!.label;
  const loserLabel = labels.find((l) => l.email === "provider@northshire.example")!.label;

  await page.goto(`/commissioner/tenders/${tenderId}/score`);
  for (const radio of await page.getByRole("radio", { name: "No", exact: true }).all()) await radio.check();
  await page.getByRole("button", { name: "Save declarations" }).click();
  await expect(page.getByText("You have scored 0 of 2.")).toBeVisible();
  for (const [label, score] of [
    [winnerLabel, "4 – Good"],
    [loserLabel, "2 – Weak"],
  ]) {
    const form = page.locator("form").filter({ has: page.getByRole("group", { name: `Score (${label})` }) });
    await form.getByRole("radio", { name: score }).check();
    await form.getByLabel("Reason for your score").fill(`Reason for ${label}`);
    await form.getByRole("button", { name: "Save score" }).click();
    await expect(form.getByText("Score saved.")).toBeVisible();
  }
  await expectNoAxeViolations(page, "scores saved");

  // The young commissioner scores in the Easy Read view, with the face scale, by keyboard.
  const young = await browser.newContext({ storageState: stateFor("young-commissioner") });
  const ypage = await young.newPage();
  await ypage.goto(`/young-commissioner/panels/${tenderId}`);
  await expect(ypage.getByRole("heading", { name: "Do you know any of these groups?" })).toBeVisible();
  for (const radio of await ypage.getByRole("radio", { name: "No", exact: true }).all()) await radio.check();
  await ypage.getByRole("button", { name: "Save my answers" }).click();
  await expect(ypage.getByText("You have done 0 of 2.")).toBeVisible();
  for (const [label, words] of [
    [winnerLabel, "Really good"],
    [loserLabel, "Okay"],
  ]) {
    const form = ypage
      .locator("form")
      .filter({ has: ypage.getByRole("group", { name: `How good is this answer? (${label})` }) });
    await form.getByRole("radio", { name: words }).focus();
    await ypage.keyboard.press("Space");
    await expect(form.getByRole("radio", { name: words })).toBeChecked();
    await form.getByLabel("Why? Say it in your own words").fill("They let young people choose.");
    await form.getByRole("button", { name: "Save", exact: true }).click();
    await expect(form.getByText("Score saved.")).toBeVisible();
  }
  await expectNoAxeViolations(ypage, "scores saved");
  await ypage.getByRole("button", { name: "Easy Read" }).click();
  await expect(ypage.locator("html")).toHaveAttribute("data-display", "easy-read");
  await expectNoAxeViolations(ypage, "Easy Read display");

  // Moderation: every score with its spread; moderated scores; the ranking follows.
  await page.goto(`/commissioner/tenders/${tenderId}/moderation`);
  await expect(page.getByText("0 of 4 moderated.")).toBeVisible();
  const moderate = async (criterion: string, label: string, score: string) => {
    const section = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: new RegExp(criterion) }) });
    const block = section
      .locator("div.border-l-4")
      .filter({ has: page.getByRole("heading", { name: new RegExp(`^${label}`) }) });
    await block.getByRole("radio", { name: score }).check();
    await block.getByLabel("Moderation note").fill(`Agreed for ${label}`);
    await block.getByRole("button", { name: /moderated score/ }).click();
    await expect(block.getByText("Moderated score saved.")).toBeVisible();
  };
  await moderate("Meeting children's needs", winnerLabel, "4 Good");
  await moderate("Meeting children's needs", loserLabel, "2 Weak");
  await moderate("Young people choose", winnerLabel, "5 Excellent");
  await moderate("Young people choose", loserLabel, "3 Satisfactory");
  await page.reload();
  await expect(page.getByRole("table", { name: "Ranking" })).toBeVisible();
  await expectNoAxeViolations(page, "moderated, with the ranking");

  await page.goto(`/commissioner/tenders/${tenderId}/award`);
  await expectNoAxeViolations(page, "ready to award");
  await expect(page.getByText(`Only the panel chair (${me[0].name}) can decide the award.`)).toBeVisible();
  await page
    .getByLabel("Reasons for the decision")
    .fill("Highest score after moderation, strong on children's needs.");
  await page.getByRole("button", { name: "Record my decision" }).click();
  await expect(page.getByRole("heading", { name: "Decision recorded" })).toBeVisible();

  // The young commissioners' panel first says no, with a reason.
  await ypage.goto(`/young-commissioner/panels/${tenderId}`);
  await ypage.getByRole("radio", { name: "No, we do not agree" }).check();
  await ypage.getByLabel("If you said no, tell us why").fill("We want to hear more about the quiet room.");
  await ypage.getByRole("button", { name: "Send our answer" }).click();
  await expect(ypage.getByText("The commissioner will read your reason.")).toBeVisible();
  await expect(ypage.getByText(/Your panel said no, because/)).toBeVisible();

  // Not a dead end: the chair reads the reason, may re-moderate, and records a new decision.
  await page.goto(`/commissioner/tenders/${tenderId}/award`);
  await expect(page.getByRole("heading", { name: "The young commissioners' panel said no" })).toBeVisible();
  await expect(page.locator("main")).toContainText("We want to hear more about the quiet room.");
  await expect(page.getByRole("link", { name: "Change the moderated scores" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Go ahead with this decision" })).toBeVisible();
  await expectNoAxeViolations(page, "after the young commissioners said no");
  await page.goto(`/commissioner/tenders/${tenderId}/moderation`);
  await expect(page.getByText(/sent the award decision back/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Change moderated score/ }).first()).toBeVisible();
  await page.goto(`/commissioner/tenders/${tenderId}/award`);
  await page
    .getByLabel("Reasons for the decision")
    .fill("The winner's plan has a quiet room in every club (answer 2, page 3).");
  await page.getByRole("button", { name: "Record my decision" }).click();
  await expect(page.getByRole("heading", { name: "Decision recorded" })).toBeVisible();

  // The young commissioners' panel approves the new decision.
  await ypage.goto(`/young-commissioner/panels/${tenderId}`);
  await expect(ypage.getByRole("heading", { name: "The commissioner has chosen" })).toBeVisible();
  await ypage.getByRole("radio", { name: "Yes, we agree" }).check();
  await ypage.getByRole("button", { name: "Send our answer" }).click();
  await expect(ypage.getByText("You said yes for the panel.")).toBeVisible();
  await young.close();

  await page.reload();
  await expect(page.getByText("Approved; in the standstill period")).toBeVisible();
  await commissioner.close();

  // The losing provider reads its letter: its scores, the winner's, and the reasons.
  const loser = await asUser(browser, "provider@northshire.example");
  await loser.page.goto(`/provider/tenders/${tenderId}`);
  const result = loser.page
    .locator("section")
    .filter({ has: loser.page.getByRole("heading", { name: "Result: your feedback letter" }) });
  await expect(result).toContainText("Your bid was not successful. It ranked 2 of 2");
  await expect(result).toContainText(`Agreed for ${loserLabel}`);
  await expect(result).toContainText(`Agreed for ${winnerLabel}`);
  await expectNoAxeViolations(loser.page, "the feedback letter after the award");
  await loser.close();
});
