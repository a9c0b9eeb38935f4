import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { test, expect, expectNoAxeViolations, stateFor } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor } from "../../support/factories";

test.describe("a social worker", () => {
  test.use({ storageState: stateFor("social-worker") });

  test("assesses a child, works out the indicative budget and sends it; another social worker approves it", async ({
    page,
    browser,
  }) => {
    // A second social worker in Northshire, so the four-eyes rule applies.
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } });
    const approver = await makeActor(council.id, "SOCIAL_WORKER", {
      email: `social-worker-e2e-${randomUUID().slice(0, 8)}@northshire.example`,
    });

    await page.goto("/social-worker");
    await page.getByRole("link", { name: "Find a child", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a child");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByText("Your view of this record has been logged.")).toBeVisible();
    await page.getByRole("button", { name: "Start an assessment" }).click();

    await expect(page).toHaveURL(/\/social-worker\/assessments\/[^/]+$/);
    const assessmentUrl = page.url();
    await expect(page.getByRole("button", { name: "Send for approval" })).toBeDisabled();

    await page.getByRole("link", { name: "Summary of the Child and Family Assessment" }).click();
    await page
      .getByLabel("Summary of the Child and Family Assessment")
      .fill("Needs two adults for some activities and care at night. Mother has a serious illness.");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(assessmentUrl);

    await page.getByRole("link", { name: "Personal care" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal care");
    // Nothing chosen: a clear message at the top, linked to the question.
    await page.getByRole("button", { name: "Save and continue" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: "Choose an answer for “Help with washing, dressing and toileting”" }),
    ).toBeVisible();
    await expectNoAxeViolations(page, "error summary");

    // The answer with the most points in every domain, one domain a page.
    const questions = page.getByRole("group").filter({ has: page.getByRole("radio") });
    for (const domain of ["Personal care", "Health", "Behaviour", "Communication", "Family circumstances"]) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(domain);
      for (const group of await questions.all()) await group.getByRole("radio").last().check();
      await page.getByRole("button", { name: "Save and continue" }).click();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Social and leisure");
    await questions.getByRole("radio").last().check();
    await page.getByRole("button", { name: "Save and return to the assessment" }).click();

    await expect(page).toHaveURL(assessmentUrl);
    // 30 + 25 + 40 + 10 + (20 + 15) + 10 = 150 points × £45.00 = £6,750.00, under the £15,000 ceiling.
    const points = page.getByRole("table", { name: "Points by domain" });
    await expect(points.getByRole("row", { name: /Total/ })).toContainText("150");
    await expect(page.getByText("150 points × £45.00 a point = £6,750.00")).toBeVisible();
    await expect(page.getByText("£6,750.00 a year")).toBeVisible();
    await page.getByRole("button", { name: "Send for approval" }).click();
    // Sent: the status says so, and nothing can be changed any more.
    await expect(page.getByText("This assessment is waiting for approval.")).toBeVisible();
    await expect(page.getByText("Waiting for approval", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send for approval" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Personal care" })).toHaveCount(0);
    await expectNoAxeViolations(page, "after sending");

    // The author cannot approve their own: the council has two social workers.
    await page.getByRole("radio", { name: "Approve the assessment and its indicative budget" }).check();
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByTestId("error-summary")).toContainText(
      "another social worker must approve or refuse it",
    );

    // The other social worker finds it on their dashboard and approves it.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signInWithSession(context, approver.email);
    const other = await context.newPage();
    await other.goto("/social-worker");
    const waiting = other.getByRole("heading", { name: "Assessments waiting for approval" });
    await expect(waiting).toBeVisible();
    await other.goto(assessmentUrl);
    await other.getByRole("button", { name: "Record the decision" }).click();
    await expect(other.getByTestId("error-summary")).toContainText(
      "Choose whether to approve or refuse the assessment",
    );
    await other.getByRole("radio", { name: "Refuse it and return it to the social worker" }).check();
    await other.getByRole("button", { name: "Record the decision" }).click();
    await expect(other.getByTestId("error-summary")).toContainText("Say why the assessment is refused");
    await other.getByRole("radio", { name: "Approve the assessment and its indicative budget" }).check();
    await other.getByRole("button", { name: "Record the decision" }).click();
    await expect(other.getByText("Approved", { exact: true }).first()).toBeVisible();
    await expect(other.getByRole("button", { name: "Record the decision" })).toHaveCount(0);
    await context.close();

    await page.reload();
    await expect(page.getByText(`by ${approver.name}`)).toBeVisible();
  });
});
