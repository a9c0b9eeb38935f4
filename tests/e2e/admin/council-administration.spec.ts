/**
 * Council administration (issue 18): reference data, a settings bound, new consent wording that a
 * family agrees to again, and the platform administrator's pages. It works in a council of its own
 * (made with the shared factories), so the districts it adds and the wording it publishes change
 * nothing the other specs see.
 */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { test, expect, expectNoAxeViolations } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor, makeChild } from "../../support/factories";

async function freshCouncil() {
  const slug = `e2e-admin-${randomUUID().slice(0, 8)}`;
  const council = await prisma.council.create({ data: { slug, name: `Council ${slug}` } });
  const admin = await makeActor(council.id, "ADMIN", { email: `admin@${slug}.example` });
  const family = await makeActor(council.id, "FAMILY", { email: `family@${slug}.example` });
  const v1 = await prisma.consentStatement.create({
    data: { councilId: council.id, version: 1, text: "Version one of the consent wording." },
  });
  const child = await makeChild(council.id, { familyId: family.familyId!, firstName: "Robin" });
  await prisma.consent.create({
    data: { councilId: council.id, childId: child.id, statementId: v1.id, agreedByUserId: family.userId },
  });
  return { slug, admin, family };
}

test("an administrator adds a district and retires another, meets a settings bound, and publishes new consent wording a family agrees to", async ({
  browser,
}) => {
  const { slug, admin, family } = await freshCouncil();
  const adminContext = await browser.newContext();
  await signInWithSession(adminContext, admin.email, slug);
  const page = await adminContext.newPage();

  // Districts: the child's district cannot be retired while the child is on the register.
  await page.goto("/admin/districts");
  await page.getByLabel("Name").fill("Harbour");
  await page.getByLabel("Code").fill("harbour");
  await page.getByRole("button", { name: "Add the district" }).click();
  await expect(page.getByText("District Harbour (HARBOUR) added.")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Harbour");
  await page.getByRole("link", { name: "Test district" }).click();
  await page.getByRole("button", { name: "Retire Test district" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Test district cannot be retired yet: it is still used by 1 child's record.",
  );
  await expectNoAxeViolations(page, "a district in use cannot be retired");
  await page.goto("/admin/districts");
  await page.getByRole("link", { name: "Harbour" }).click();
  await page.getByRole("button", { name: "Retire Harbour" }).click();
  await expect(
    page.getByText("Harbour is retired: old records keep it, new ones cannot choose it."),
  ).toBeVisible();
  await page.goto("/admin/districts");
  await expect(page.getByRole("row", { name: /Harbour/ })).toContainText("Retired");

  // Settings: a value out of bounds is named in the error summary and nothing is saved.
  await page.goto("/admin/settings");
  await page.getByLabel("Largest file people can upload, in megabytes").fill("500");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "The largest upload must be between 1 and 25 megabytes",
  );
  await expectNoAxeViolations(page, "settings bound error");
  expect((await prisma.council.findUniqueOrThrow({ where: { slug } })).uploadLimitMb).toBe(10);

  // New consent wording.
  await page.goto("/admin/consent");
  await page.getByLabel("Consent wording").fill("Version two: we also share counts with the health service.");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Version 2 is published.")).toBeVisible();
  await expect(page.getByTestId("awaiting-consent")).toContainText(
    "1 child on the register has consent to an older version",
  );
  await expectNoAxeViolations(page, "consent wording published");

  // The family is sent to the new wording before anything else in their area.
  const familyContext = await browser.newContext();
  await signInWithSession(familyContext, family.email, slug);
  const familyPage = await familyContext.newPage();
  await familyPage.goto("/family");
  await expect(familyPage).toHaveURL(/\/family\/consent$/);
  await expect(familyPage.getByRole("heading", { level: 1 })).toHaveText(
    "The register's consent wording has changed",
  );
  await expect(
    familyPage.getByText("Version two: we also share counts with the health service."),
  ).toBeVisible();
  await expectNoAxeViolations(familyPage, "asked to agree to new consent wording");
  await familyPage.getByRole("button", { name: "Agree and continue" }).click();
  await expect(familyPage.getByTestId("error-summary")).toContainText("Tick the box to say you agree");
  await familyPage.getByLabel("I agree to version 2 for Robin").check();
  await familyPage.getByRole("button", { name: "Agree and continue" }).click();
  await expect(familyPage).toHaveURL(/\/family$/);
  await familyPage.goto("/family/consent");
  await expect(familyPage).toHaveURL(/\/family$/);

  await page.goto("/admin/consent");
  await expect(page.getByTestId("awaiting-consent")).toHaveText(
    "Every child on the register has consent to this version.",
  );
  await adminContext.close();
  await familyContext.close();
});

test("the platform administrator's pages: the list of councils and a new council's form with a slug error", async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInWithSession(context, "platform@example.example");
  const page = await context.newPage();
  await page.goto("/platform");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Councils");
  await expect(page.getByRole("table")).toContainText("Northshire");
  await expectNoAxeViolations(page, "as first opened");
  await page.getByRole("link", { name: "Add a council" }).first().click();
  await page.getByLabel("Council name").fill("Duplicate Northshire");
  await page.getByLabel("Short name for web addresses").fill("northshire");
  await page.getByLabel("Districts").fill("North\nSouth");
  await page.getByLabel("Full name").fill("Ada Admin");
  await page.getByLabel("E-mail address").fill(`ada-${randomUUID().slice(0, 6)}@example.org`);
  await page.getByRole("button", { name: "Create the council" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "The short name northshire is already taken by another council: choose another",
  );
  await expectNoAxeViolations(page, "as first opened");
  await context.close();
});
