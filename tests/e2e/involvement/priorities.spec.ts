import type { Browser, Page } from "@playwright/test";
import { prisma } from "@/lib/db";
import { PAGES } from "../../../lib/auth/access-matrix";
import { test, expect, expectNoAxeViolations, stateFor, ROLE_ENUM, ROLE_WORDS } from "../support";
import { signInWithSession } from "../sessions";
import { concretePath } from "../authz/concrete-path";
import { E2E_BASE_URL } from "../server";
import { makeActor, makeApprovedSpecification, makeCouncil } from "../../support/factories";
import { makeYoungCommissioner } from "../../support/involvement-factories";

/**
 * Issue 15, priorities: a commissioner opens a round; a young commissioner ranks the types of need
 * in Easy Read (a tie is refused in the error summary; an under-16 without consent cannot rank);
 * the commissioner attaches the combined ranking to a draft specification and sees it there. A
 * council of its own, so the demo round stays as it is. The new pages are scanned in Easy Read
 * and large print below; the standard display by the tour (../axe-tour.spec.ts).
 */

async function signedIn(browser: Browser, email: string, slug: string, mode?: "easy-read" | "large-print") {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInWithSession(context, email, slug);
  if (mode) {
    const { hostname } = new URL(E2E_BASE_URL);
    await context.addCookies([{ name: "display-mode", value: mode, domain: hostname, path: "/" }]);
  }
  return context.newPage();
}

/** Today in England as the three date fields want it. */
function today() {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(new Date());
  const part = (t: string) => parts.find((p) => p.type === t)!.value;
  return { day: part("day"), month: part("month"), year: part("year") };
}

async function rank(page: Page, name: string, option: string) {
  await page.getByRole("group", { name }).getByRole("radio", { name: option }).check();
}

test("a young commissioner ranks priorities in Easy Read; the commissioner attaches them to a specification", async ({
  browser,
}) => {
  const council = await makeCouncil();
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const young = await makeYoungCommissioner(council.id, { age: 17 });
  const under16 = await makeYoungCommissioner(council.id, { age: 14 });
  const district = await prisma.district.create({
    data: { councilId: council.id, code: "N", name: "North" },
  });
  const needs = [];
  for (const [position, name] of ["Autism", "Physical disability", "Speech and language"].entries())
    needs.push(
      await prisma.needType.create({ data: { councilId: council.id, code: `N${position}`, name, position } }),
    );
  // Three children with a physical disability: a small number, never shown as a number.
  const family = await prisma.family.create({ data: { councilId: council.id, name: "Test family" } });
  for (let i = 0; i < 3; i++)
    await prisma.child.create({
      data: {
        councilId: council.id,
        familyId: family.id,
        districtId: district.id,
        firstName: `Child${i}`,
        lastName: "Tester",
        dateOfBirth: new Date("2016-04-12T00:00:00Z"),
        needs: { create: { councilId: council.id, needTypeId: needs[1].id } },
      },
    });
  const spec = await makeApprovedSpecification({ councilId: council.id, author: commissioner });
  await prisma.specification.update({ where: { id: spec.id }, data: { status: "DRAFT" } });

  // The commissioner opens a round from the needs analysis's link.
  const staff = await signedIn(browser, commissioner.email, council.slug);
  await staff.goto("/commissioner/needs-analysis");
  await staff.getByRole("link", { name: "see their priorities, or open a round" }).click();
  await staff.getByLabel("Title").fill("Short breaks from April");
  const t = today();
  const closes = staff.getByRole("group", { name: "Closes on" });
  await closes.getByLabel("Day").fill(t.day);
  await closes.getByLabel("Month").fill(t.month);
  await closes.getByLabel("Year").fill(t.year);
  await staff.getByRole("button", { name: "Open the round" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Short breaks from April");
  const roundUrl = staff.url();

  // The young commissioner, in Easy Read, finds it from home.
  const yc = await signedIn(browser, young.email, council.slug, "easy-read");
  await yc.goto("/young-commissioner");
  await yc.getByRole("link", { name: "Put things in order" }).click();
  await yc.getByRole("link", { name: "Short breaks from April" }).click();
  await expect(yc.locator("html")).toHaveAttribute("data-display", "easy-read");
  const figures = yc.getByRole("list").filter({ hasText: "Physical disability:" });
  await expect(figures).toContainText("Physical disability: Fewer than 10 children.", { useInnerText: true });
  await expect(figures).not.toContainText("3 children", { useInnerText: true });

  // A tie is refused in the error summary, and nothing is saved.
  await rank(yc, "Autism", "1st (matters most)");
  await rank(yc, "Physical disability", "1st (matters most)");
  await rank(yc, "Speech and language", "3rd (matters least)");
  await yc.getByRole("button", { name: "Send my order" }).click();
  const summary = yc.getByTestId("error-summary");
  await expect(summary).toContainText("Autism and Physical disability are both 1st");
  await expect(summary).toContainText("Nothing is 2nd yet");
  await expectNoAxeViolations(yc, "ranking error summary in Easy Read");
  expect(await prisma.priorityRanking.count({ where: { councilId: council.id } })).toBe(0);

  // By keyboard alone: the second group's radios move with the arrow keys.
  await yc
    .getByRole("group", { name: "Physical disability" })
    .getByRole("radio", { name: "1st (matters most)" })
    .focus();
  await yc.keyboard.press("ArrowRight");
  await expect(
    yc.getByRole("group", { name: "Physical disability" }).getByRole("radio", { name: "2nd" }),
  ).toBeChecked();
  await yc.getByRole("button", { name: "Send my order" }).click();
  await expect(yc.getByText("We have your order.")).toBeVisible();
  await expectNoAxeViolations(yc, "ranking sent, in Easy Read");

  // Under 16 without consent: told, and no form.
  const child = await signedIn(browser, under16.email, council.slug, "easy-read");
  await child.goto(new URL(yc.url()).pathname);
  await expect(child.getByText("You cannot rank yet.")).toBeVisible();
  await expect(child.getByRole("button", { name: "Send my order" })).toHaveCount(0);

  // The commissioner sees the result, attaches it, and the specification shows it.
  await staff.goto(roundUrl);
  await expect(staff.getByText("Combined by a Borda count")).toBeVisible();
  const table = staff.getByRole("table", { name: "Types of need, most important first" });
  await expect(table.getByRole("row").nth(1)).toContainText("Autism");
  await expect(table).not.toContainText("Test young_commissioner");
  await staff.getByLabel("Draft specification").selectOption(spec.id);
  await staff.getByRole("button", { name: "Attach the ranking" }).click();
  await expect(staff).toHaveURL(new RegExp(`/commissioner/specifications/${spec.id}`));
  await expect(staff.getByText("Young commissioners' priorities are attached")).toBeVisible();
  const attached = staff.getByRole("table", { name: "Young commissioners' priorities (at the time)" });
  await expect(attached.getByRole("row").nth(1)).toContainText("1st");
  await expect(attached.getByRole("row").nth(1)).toContainText("Autism");
  await expect(staff.getByText("1 young commissioner ranked the types of need")).toBeVisible();
  await expectNoAxeViolations(staff, "specification with priorities attached");
  await Promise.all([staff.context().close(), yc.context().close(), child.context().close()]);
});

// Each new page in Easy Read and large print, as the role whose area it is, on the demo round.
for (const route of Object.keys(PAGES).filter((r) =>
  /^\/(commissioner|young-commissioner)\/priorities/.test(r),
)) {
  const role = ROLE_WORDS.find((w) => ROLE_ENUM[w] === PAGES[route].role)!;
  for (const mode of ["easy-read", "large-print"] as const) {
    test.describe(() => {
      test.use({ storageState: stateFor(role) });
      test(`${route} in ${mode} as ${role}`, async ({ page }) => {
        const { hostname } = new URL(E2E_BASE_URL);
        await page.context().addCookies([{ name: "display-mode", value: mode, domain: hostname, path: "/" }]);
        const path = await concretePath(route);
        expect((await page.goto(path))?.status(), route).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("data-display", mode);
        await expectNoAxeViolations(page, `${mode} display`);
      });
    });
  }
}
