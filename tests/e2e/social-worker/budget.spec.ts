import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor, makeChild } from "../../support/factories";
import { createPaymentsDue } from "@/lib/data/budgets/payment-schedule";

/**
 * Issue 14: from an approved assessment to a running budget with an agreed plan and a payment, and
 * the same balance for the family. A family and child of its own, so no demo record changes.
 */
test.describe("a personal budget", () => {
  test.use({ storageState: stateFor("social-worker") });

  test("is proposed, approved by another social worker, planned and paid; the family sees the same balance", async ({
    page,
    browser,
  }) => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } });
    const tag = randomUUID().slice(0, 8);
    const approver = await makeActor(council.id, "SOCIAL_WORKER", {
      email: `sw-budget-${tag}@northshire.example`,
    });
    const family = await makeActor(council.id, "FAMILY", {
      email: `family-budget-${tag}@northshire.example`,
    });
    const child = await makeChild(council.id, { familyId: family.familyId!, firstName: `Budget${tag}` });
    const author = await prisma.user.findUniqueOrThrow({
      where: { email: "social-worker@northshire.example" },
    });
    const ras = await prisma.rasConfiguration.findFirstOrThrow({
      where: { councilId: council.id },
      orderBy: { version: "desc" },
    });
    const assessment = await prisma.assessment.create({
      data: {
        councilId: council.id,
        childId: child.id,
        socialWorkerUserId: author.id,
        rasConfigurationId: ras.id,
        status: "APPROVED",
        answers: {},
        summary: "Needs one-to-one support at all times.",
        totalPoints: 60,
        indicativeBudget: "2700.00",
        decidedById: approver.userId,
        decidedAt: new Date(),
      },
    });

    // Propose: a different amount needs a reason; the form says so beside the field.
    await page.goto(`/social-worker/assessments/${assessment.id}`);
    await page.getByRole("link", { name: "Propose a personal budget" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Propose a personal budget");
    await page.getByRole("radio", { name: "Direct payment", exact: true }).check();
    await page.getByLabel("Budget for the year in pounds").fill("3000");
    await page.getByLabel("Day", { exact: true }).fill("1");
    await page.getByLabel("Month", { exact: true }).fill("4");
    await page.getByLabel("Year", { exact: true }).fill("2027");
    await page.getByRole("button", { name: "Propose the budget" }).click();
    await expect(page.getByTestId("error-summary")).toContainText(
      "Say why the amount differs from the indicative budget of £2,700.00",
    );
    await expectNoAxeViolations(page, "error summary");
    await page.getByLabel("Budget for the year in pounds").fill("2700.00");
    // Taken as a mix: the parts must add up to the year's amount, to the penny.
    await page.getByRole("radio", { name: "Mixed budget" }).check();
    await page.getByLabel("Direct payment part in pounds").fill("2000");
    await page.getByLabel("Managed budget part in pounds").fill("699.99");
    await page.getByRole("button", { name: "Propose the budget" }).click();
    await expect(page.getByTestId("error-summary")).toContainText(
      "The parts add up to £2,699.99, not the yearly amount of £2,700.00",
    );
    await page.getByLabel("Managed budget part in pounds").fill("700");
    await page.getByRole("button", { name: "Propose the budget" }).click();
    await expect(page).toHaveURL(/\/social-worker\/budgets\/[^/]+$/);
    const budgetUrl = page.url();
    await expect(page.getByText("Waiting for approval", { exact: true })).toBeVisible();

    // Another social worker approves it.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(context, approver.email);
    const other = await context.newPage();
    await other.goto(budgetUrl);
    await other.getByRole("radio", { name: /Approve the budget of £2,700.00 a year/ }).check();
    await other.getByRole("button", { name: "Record the decision" }).click();
    // Approved: the status changes and the decision form is gone.
    await expect(other.getByText("Running", { exact: true })).toBeVisible();
    await expect(other.getByRole("button", { name: "Record the decision" })).toHaveCount(0);
    await context.close();

    // The plan: outcomes, an item over budget (needs a reason), agreed.
    await page.reload();
    await expect(page.getByText("Running", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Write the support plan" }).click();
    await page.getByLabel("Outcomes from the child's plan").fill("Swimming every week; parents get a break.");
    await page.getByRole("button", { name: "Save the outcomes" }).click();
    await expect(page.getByText("The outcomes are saved.")).toBeVisible();
    await page.getByRole("radio", { name: "One-to-one assistant" }).check();
    await page.getByLabel("Describe the support").fill("Personal assistant for swimming");
    await page.getByLabel("Provider").selectOption({ label: "Bought directly by the family" });
    await page.getByLabel("How often (optional)").fill("3 hours a week");
    await page.getByLabel("Cost a year in pounds").fill("2800.00");
    await page.getByRole("button", { name: "Add the item" }).click();
    await expect(page.getByText("The item is added to the plan.")).toBeVisible();
    await expect(page.getByText("The plan costs £100.00 more than the budget.")).toBeVisible();
    await page.getByRole("button", { name: "Agree the plan" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("£100.00 more than the budget");
    await page.getByLabel("Why the plan is agreed over the budget").fill("Agreed at the resource panel.");
    await page.getByRole("button", { name: "Agree the plan" }).click();
    await expect(page).toHaveURL(budgetUrl);
    await expect(
      page.getByText("Agreed over the budget because: Agreed at the resource panel."),
    ).toBeVisible();

    // A payment, then an adjustment; the balance takes off the adjustment.
    await page.getByText("Record a payment or adjustment").click();
    const payment = page.locator("#record-payment");
    await page.getByRole("radio", { name: "Direct payment to the family" }).check();
    await page.getByLabel("Amount in pounds").fill("675.00");
    await payment.getByLabel("Day", { exact: true }).fill("1");
    await payment.getByLabel("Month", { exact: true }).fill("4");
    await payment.getByLabel("Year", { exact: true }).fill("2027");
    await page.getByRole("button", { name: "Record the payment" }).click();
    await expect(page.getByText("The payment is recorded.")).toBeVisible();
    await page.getByRole("radio", { name: "Adjustment to the balance" }).check();
    await page.getByRole("button", { name: "Record the payment" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Say why the balance is adjusted");
    await expectNoAxeViolations(page, "payment error summary");
    await page.getByRole("radio", { name: /Take money off the balance/ }).check();
    await page.getByLabel("Amount in pounds").fill("0.50");
    await payment.getByLabel("Day", { exact: true }).fill("2");
    await payment.getByLabel("Month", { exact: true }).fill("4");
    await payment.getByLabel("Year", { exact: true }).fill("2027");
    await page.getByLabel("Note (needed for an adjustment)").fill("Rounding on the first payment");
    await page.getByRole("button", { name: "Record the payment" }).click();
    await expect(page.getByText("The payment is recorded.")).toBeVisible();
    const balanceRow = (p: typeof page) => p.getByRole("definition").filter({ hasText: "£2,699.50" });
    await page.reload();
    await expect(balanceRow(page)).toBeVisible();

    // A review: outcomes partly met, the next one booked.
    await page.getByText("Record a review").click();
    const review = page.locator("#record-review");
    await review.getByRole("radio", { name: "Partly met" }).check();
    await review
      .getByLabel("What the review found and what changes")
      .fill("Swimming started; more respite needed.");
    await review.getByLabel("Day", { exact: true }).fill("1");
    await review.getByLabel("Month", { exact: true }).fill("1");
    await review.getByLabel("Year", { exact: true }).fill(String(new Date().getUTCFullYear() + 1));
    await review.getByRole("button", { name: "Record the review" }).click();
    await expect(page.getByText("The review is recorded and the next one booked.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Reviews" })).toContainText("Partly met");

    // The family sees the same balance and the plan.
    const familyContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(familyContext, family.email);
    const home = await familyContext.newPage();
    await home.goto("/family");
    await home
      .getByRole("link", { name: new RegExp(`Budget${tag}: Mixed budget of £2,700.00 a year`) })
      .click();
    await expect(home.getByRole("heading", { level: 1 })).toContainText("personal budget");
    await expect(balanceRow(home)).toBeVisible();
    await expect(home.getByRole("definition").filter({ hasText: "£700.00" })).toBeVisible();
    await expect(home.getByText("Personal assistant for swimming")).toBeVisible();
    await familyContext.close();
  });

  test("evidence of spend: the family sends a receipt, the social worker queries it, the family answers, it is accepted", async ({
    page,
    browser,
  }) => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } });
    const tag = randomUUID().slice(0, 8);
    const family = await makeActor(council.id, "FAMILY", {
      email: `family-evidence-${tag}@northshire.example`,
    });
    const child = await makeChild(council.id, { familyId: family.familyId!, firstName: `Evidence${tag}` });
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const start = new Date(today);
    start.setUTCMonth(start.getUTCMonth() - 2);
    const end = new Date(start);
    end.setUTCFullYear(end.getUTCFullYear() + 1);
    const budget = await prisma.personalBudget.create({
      data: {
        councilId: council.id,
        childId: child.id,
        type: "DIRECT_PAYMENT",
        status: "ACTIVE",
        annualAmount: "1200.00",
        startDate: start,
        endDate: end,
        nextReviewDate: end,
      },
    });

    const familyContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(familyContext, family.email);
    const home = await familyContext.newPage();
    await home.goto(`/family/budgets/${budget.id}`);
    await home.getByRole("link", { name: "Send evidence of spend" }).click();
    const fillEvidence = async () => {
      await home.getByLabel("Day", { exact: true }).fill(String(today.getUTCDate()));
      await home.getByLabel("Month", { exact: true }).fill(String(today.getUTCMonth() + 1));
      await home.getByLabel("Year", { exact: true }).fill(String(today.getUTCFullYear()));
      await home.getByLabel("Amount in pounds").fill("60.25");
      await home.getByLabel("What the money paid for").fill("Climbing wall session");
      await home.getByLabel("How it helped your child").fill("Exercise and confidence");
    };
    // A text file pretending to be a PDF is refused beside the field; nothing is saved.
    await fillEvidence();
    await home.getByLabel("Receipt").setInputFiles({
      name: "receipt.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("not really a pdf"),
    });
    await home.getByRole("button", { name: "Send the evidence" }).click();
    await expect(home.getByTestId("error-summary")).toContainText(
      "The receipt must be a JPG, PNG, WebP or PDF file",
    );
    await expectNoAxeViolations(home, "evidence error summary");
    await home
      .getByLabel("Receipt")
      .setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer: PNG });
    await home.getByRole("button", { name: "Send the evidence" }).click();
    await expect(home.getByText("Your evidence is sent.")).toBeVisible();
    const evidencePath = new URL(home.url()).pathname;
    const evidenceId = evidencePath.split("/").pop()!;
    // The receipt opens for the family, through the file route, as the image it is.
    const receiptHref = await home.getByRole("link", { name: /Open the receipt/ }).getAttribute("href");
    const receipt = await home.request.get(receiptHref!);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()["content-type"]).toBe("image/png");
    expect(Buffer.from(await receipt.body()).equals(PNG)).toBe(true);

    // The social worker sets a four-weekly schedule from the budget's start; the job makes the
    // payments due so far, and one is recorded as paid.
    await page.goto(`/social-worker/budgets/${budget.id}`);
    await page.getByText("Set a payment schedule").click();
    const scheduleForm = page.locator("#payment-schedule");
    await scheduleForm.getByLabel("Amount of each payment in pounds").fill("85.70");
    await scheduleForm.getByLabel("Day", { exact: true }).fill(String(start.getUTCDate()));
    await scheduleForm.getByLabel("Month", { exact: true }).fill(String(start.getUTCMonth() + 1));
    await scheduleForm.getByLabel("Year", { exact: true }).fill(String(start.getUTCFullYear()));
    await scheduleForm.getByRole("button", { name: "Save the schedule" }).click();
    await expect(page.getByText("The payment schedule is saved.")).toBeVisible();
    expect(await createPaymentsDue(new Date())).toBeGreaterThanOrEqual(2);
    await page.reload();
    const firstDue = page.locator("form").filter({ hasText: "£85.70 due" }).first();
    await firstDue.getByLabel("Day", { exact: true }).fill(String(today.getUTCDate()));
    await firstDue.getByLabel("Month", { exact: true }).fill(String(today.getUTCMonth() + 1));
    await firstDue.getByLabel("Year", { exact: true }).fill(String(today.getUTCFullYear()));
    await firstDue.getByRole("button", { name: /Record as paid/ }).click();
    await expect(page.getByText("The payment is recorded as paid.")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^£85.70$/ })).toBeVisible();

    // The social worker queries the evidence.
    await page.getByRole("link", { name: "Climbing wall session" }).click();
    await page.getByRole("radio", { name: "Ask the family a question about it" }).check();
    await page.getByRole("button", { name: "Save the decision" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("Write your question for the family");
    await page.getByLabel("Your question, or why it is not accepted").fill("Was this one session or two?");
    await page.getByRole("button", { name: "Save the decision" }).click();
    await expect(page.getByText("Your question is sent to the family.")).toBeVisible();

    // Another family cannot open the receipt.
    const stranger = await makeActor(council.id, "FAMILY", {
      email: `family-stranger-${tag}@northshire.example`,
    });
    const strangerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(strangerContext, stranger.email);
    expect((await strangerContext.request.get(receiptHref!)).status()).toBe(404);
    expect(
      (await strangerContext.request.get(`/family/budgets/${budget.id}/evidence/${evidenceId}`)).status(),
    ).toBe(404);
    await strangerContext.close();

    // The family answers.
    await home.goto(evidencePath);
    await expect(home.getByText("Was this one session or two?")).toBeVisible();
    await home.getByLabel("Your answer").fill("One session of two hours.");
    await home.getByRole("button", { name: "Send your answer" }).click();
    await expect(home.getByText("Your answer is sent.")).toBeVisible();

    // The social worker accepts it; the balance is the same on both sides.
    await page.goto(`/social-worker/budgets/${budget.id}/evidence/${evidenceId}`);
    await expect(page.getByText("One session of two hours.")).toBeVisible();
    await page.getByRole("radio", { name: /Accept it/ }).check();
    await page.getByRole("button", { name: "Save the decision" }).click();
    // Back on the budget, which says what was done and shows the new balance.
    await expect(page.getByText("The evidence is accepted and counts as spend.")).toBeVisible();
    const balance = (p: typeof page) => p.getByRole("definition").filter({ hasText: "£1,139.75" });
    await expect(balance(page)).toBeVisible();
    await home.goto(`/family/budgets/${budget.id}`);
    await expect(balance(home)).toBeVisible();
    await expect(home.getByRole("table", { name: "Evidence of spend" })).toContainText("Accepted");
    await familyContext.close();
  });
});

/** A 1×1 PNG, as a phone's photo of a receipt would be read by its content. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
