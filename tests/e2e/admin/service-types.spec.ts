/**
 * A council's own use of the national service types (issue 18, decision 0038): its administrator
 * renames one (the label only; the code stays) and retires another, and its providers' listing form
 * then offers the new label and no longer the retired type. A council of its own, made with the
 * shared factories and given every national type as a new council is, so the demo councils' lists
 * stay as they are.
 */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { adoptEveryServiceType } from "@/lib/data/service-types/adopt-every-service-type";
import { test, expect, expectNoAxeViolations } from "../support";
import { signInWithSession } from "../sessions";
import { makeActor, makeCouncil } from "../../support/factories";

test("an administrator renames and retires service types; the provider listing form follows", async ({
  browser,
}) => {
  const council = await makeCouncil(`Council e2e-types-${randomUUID().slice(0, 8)}`);
  await adoptEveryServiceType(prisma, council.id);
  const types = await prisma.councilServiceType.findMany({
    where: { councilId: council.id },
    orderBy: { position: "asc" },
    include: { serviceType: true },
  });
  expect(types.length, "the e2e database has the national service types").toBeGreaterThanOrEqual(2);
  const [first, second] = types;
  const admin = await makeActor(council.id, "ADMIN");
  const provider = await makeActor(council.id, "PROVIDER");

  const adminContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInWithSession(adminContext, admin.email, council.slug);
  const page = await adminContext.newPage();

  await page.goto("/admin/service-types");
  await expect(page.getByRole("table")).toContainText(first.label);
  await page.getByRole("link", { name: first.label, exact: true }).click();
  await page.getByLabel("New name").fill(`Our ${first.label.toLowerCase()}`);
  await page.getByRole("button", { name: "Save the name" }).click();
  await expect(
    page.getByText(`Renamed to Our ${first.label.toLowerCase()}. Its code is unchanged.`),
  ).toBeVisible();

  await page.goto("/admin/service-types");
  await page.getByRole("link", { name: second.label, exact: true }).click();
  await page.getByRole("button", { name: `Retire ${second.label}` }).click();
  await expect(
    page.getByText(`${second.label} is retired: old records keep it, new ones cannot choose it.`),
  ).toBeVisible();
  await expectNoAxeViolations(page, "a service type just retired");

  await page.goto("/admin/service-types");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: `Our ${first.label.toLowerCase()}` })).toContainText(
    first.serviceType.code,
  );
  await expect(rows.filter({ hasText: second.label })).toContainText("Retired");
  await adminContext.close();

  // The national type is untouched: other councils keep its name.
  expect((await prisma.serviceType.findUniqueOrThrow({ where: { id: first.serviceTypeId } })).name).toBe(
    first.serviceType.name,
  );

  const providerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInWithSession(providerContext, provider.email, council.slug);
  const form = await providerContext.newPage();
  await form.goto("/provider/services/new");
  const offered = await form.getByLabel("Type of break").locator("option").allTextContents();
  expect(offered).toContain(`Our ${first.label.toLowerCase()}`);
  expect(offered).not.toContain(first.label);
  expect(offered).not.toContain(second.label);
  await providerContext.close();
});
