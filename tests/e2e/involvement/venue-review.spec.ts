import type { Browser, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, stateFor, type RoleWord } from "../support";
import { query } from "../db";
import { E2E_BASE_URL } from "../server";

/**
 * A venue review end to end: a commissioner schedules it (a 14-year-old with no consent is refused
 * a place on the team); the young commissioner fills it in in Easy Read with the picture scale
 * (with no faces it is refused); the provider answers each recommendation; the commissioner plans
 * the revisit; the young commissioner records it, which closes the review; the commissioner sees it
 * closed. Easy Read pages are scanned with axe here; the tour scans the standard display.
 */

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function as(browser: Browser, role: RoleWord, easyRead = false): Promise<Page> {
  const context = await browser.newContext({ storageState: stateFor(role) });
  const page = await context.newPage();
  if (easyRead) {
    const { hostname } = new URL(E2E_BASE_URL);
    await context.addCookies([{ name: "display-mode", value: "easy-read", domain: hostname, path: "/" }]);
  }
  return page;
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

async function fillDate(scope: Page | ReturnType<Page["locator"]>, legend: string) {
  const group = scope.getByRole("group", { name: legend });
  const t = today();
  await group.getByLabel("Day").fill(t.day);
  await group.getByLabel("Month").fill(t.month);
  await group.getByLabel("Year").fill(t.year);
}

test("young commissioners review a venue in Easy Read; the provider answers; the revisit closes it", async ({
  browser,
}) => {
  const [service] = await query<{ id: string; name: string }>(
    `select s.id, s.name from "Service" s
       join "Council" c on c.id = s."councilId" and c.slug = 'northshire'
      where s."organisationId" = (select m."organisationId" from "Membership" m
                                    join "User" u on u.id = m."userId"
                                   where u.email = 'provider@northshire.example' and m."councilId" = c.id)
      order by s.name limit 1`,
  );
  expect(service, "the demo provider runs a service").toBeTruthy();

  // The commissioner schedules the review; a 14-year-old with no consent cannot join the team.
  const staff = await as(browser, "commissioner");
  await staff.goto("/commissioner/venue-reviews/new");
  await staff.getByLabel("Service or venue to review").selectOption(service.id);
  await fillDate(staff, "Visit date");
  await staff.getByRole("checkbox", { name: "Callum Reid" }).check();
  await staff.getByRole("button", { name: "Schedule the review" }).click();
  const summary = staff.getByRole("group", { name: "There is a problem" });
  await expect(summary).toContainText(
    "Callum Reid is under 16 and no parent's or carer's consent is recorded",
  );
  await expectNoAxeViolations(staff, "consent refused");
  await staff.getByRole("checkbox", { name: "Callum Reid" }).uncheck();
  await staff.getByRole("checkbox", { name: "Jordan Ellis" }).check();
  await staff.getByRole("button", { name: "Schedule the review" }).click();
  await expect(staff.getByRole("heading", { name: "Review scheduled" })).toBeVisible();
  const reviewId = new URL(staff.url()).pathname.split("/").pop()!;

  // The young commissioner fills it in, in Easy Read.
  const young = await as(browser, "young-commissioner", true);
  await young.goto(`/young-commissioner/reviews/${reviewId}`);
  await expect(young.locator("html")).toHaveAttribute("data-display", "easy-read");
  await expectNoAxeViolations(young, "Easy Read review form");
  // A photo of the place first: a file that is not a picture is refused, then a PNG is added.
  const photo = young.getByLabel("Photo", { exact: true });
  await photo.setInputFiles({
    name: "ramp.png",
    mimeType: "image/png",
    buffer: Buffer.from("not a picture"),
  });
  await young.getByLabel("What does the photo show?").fill("The ramp at the front door");
  await young.getByRole("button", { name: "Add the photo" }).click();
  await expect(young.getByRole("group", { name: "There is a problem" }).first()).toContainText(
    "The photo must be a JPG, PNG or WebP file",
  );
  await photo.setInputFiles({ name: "ramp.png", mimeType: "image/png", buffer: PNG });
  await young.getByRole("button", { name: "Add the photo" }).click();
  await expect(young.getByText("Your photo is added.")).toBeVisible();
  await expect(young.getByRole("img", { name: "The ramp at the front door" })).toBeVisible();
  await fillDate(young, "What day did you visit?");
  await young.getByRole("button", { name: "Send our review" }).click();
  await expect(young.getByRole("group", { name: "There is a problem" })).toContainText(
    "Pick a face for at least one thing",
  );
  await expectNoAxeViolations(young, "Easy Read, no faces picked");
  await young.getByRole("group", { name: "Did you feel welcome?" }).getByLabel("Happy").check();
  await young
    .getByRole("group", { name: "Were the toilets and changing rooms good?" })
    .getByLabel("Sad")
    .check();
  // By keyboard: the picture scale is native radios, so the arrow keys move between faces.
  const goAgain = young.getByRole("group", { name: "Would you go again?" });
  await goAgain.getByLabel("Happy").focus();
  await young.keyboard.press("Space");
  await young.keyboard.press("ArrowRight");
  await expect(goAgain.getByLabel("Okay")).toBeChecked();
  await young.getByLabel("What was good?").fill("Everyone said hello to us.");
  await young.getByLabel("Idea 1").fill("Put picture signs on the toilet doors.");
  await young.getByLabel("Idea 2").fill("Have a quiet room.");
  await young.getByRole("button", { name: "Send our review" }).click();
  await expect(young.getByText("Your review has been sent")).toBeVisible();
  await expectNoAxeViolations(young, "Easy Read, sent");

  // Before the provider answers, the revisit cannot be planned.
  await staff.goto(`/commissioner/venue-reviews/${reviewId}`);
  await expect(staff.getByText("The revisit can be planned once the provider has answered")).toBeVisible();
  // The team's photo comes through the authorised files route.
  const shown = staff.getByRole("img", { name: "The ramp at the front door" });
  await shown.scrollIntoViewIfNeeded();
  await expect.poll(() => shown.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await expect(staff.getByRole("button", { name: "Plan the revisit" })).toHaveCount(0);

  // The provider answers each recommendation from its dashboard's tile.
  const provider = await as(browser, "provider");
  await provider.goto("/provider");
  await provider.getByRole("link", { name: "Venue reviews waiting for your answers" }).click();
  await provider.getByRole("link", { name: service.name }).first().click();
  await expect(provider).toHaveURL(new RegExp(`/provider/venue-reviews/${reviewId}$`));
  const signs = provider.locator("li", { hasText: "Put picture signs on the toilet doors." });
  await signs.getByLabel("We accept it").check();
  await signs.getByLabel("If you accept it: what you will do").fill("We will put signs up this month.");
  await fillDate(signs, "If you accept it: the date it will be done by");
  await signs.getByRole("button", { name: /Send answer/ }).click();
  await expect(signs.getByText("Your answer is saved.")).toBeVisible();
  const quiet = provider.locator("li", { hasText: "Have a quiet room." });
  await quiet.getByLabel("We do not accept it").check();
  await quiet
    .getByLabel("If you do not accept it: why not")
    .fill("There is no spare room; we use the garden.");
  await quiet.getByRole("button", { name: /Send answer/ }).click();
  await expect(quiet.getByText("Your answer is saved.")).toBeVisible();

  // The commissioner plans the revisit.
  await staff.goto(`/commissioner/venue-reviews/${reviewId}`);
  await expect(staff.getByText("Provider responded")).toBeVisible();
  await fillDate(staff, "Revisit date");
  await staff.getByRole("button", { name: "Plan the revisit" }).click();
  await expect(staff.getByText("Revisit planned. The team has been told.")).toBeVisible();

  // The young commissioner records the revisit, in Easy Read; the review closes.
  await young.goto(`/young-commissioner/reviews/${reviewId}`);
  await expectNoAxeViolations(young, "Easy Read revisit form");
  await fillDate(young, "What day did you go back?");
  await young
    .getByRole("group", { name: /Idea 1: Put picture signs/ })
    .getByLabel("Done", { exact: true })
    .check();
  await young
    .getByRole("group", { name: /Idea 2: Have a quiet room/ })
    .getByLabel("Not done")
    .check();
  await young
    .getByLabel("What did you find when you went back?")
    .fill("The signs are up. There is still no quiet room.");
  await young.getByRole("button", { name: "Send what we found" }).click();
  await expect(young.getByText("You told us what changed.")).toBeVisible();
  await expect(young.getByText(/This review is finished: some recommendations done/)).toBeVisible();

  // The commissioner sees it closed.
  await staff.goto("/commissioner/venue-reviews?view=closed");
  const row = staff
    .getByRole("row")
    .filter({ has: staff.getByRole("link", { name: service.name }) })
    .first();
  await expect(row).toContainText("Closed");
  await row.getByRole("link").click();
  await expect(staff.getByText("Some recommendations done")).toBeVisible();
});
