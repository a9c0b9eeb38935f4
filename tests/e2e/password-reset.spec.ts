import { test, expect, expectNoAxeViolations, signIn } from "./support";
import { emailCount, setPasswordPath, waitForEmail } from "./mail";
import { makeNorthshireFamilyUser } from "./db";

test.use({ storageState: { cookies: [], origins: [] } });

test("a forgotten password is reset through an e-mailed link that works once", async ({ page }) => {
  const email = `forgetful.${Date.now()}@northshire.example`;
  await makeNorthshireFamilyUser(email);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter an e-mail address");
  await expectNoAxeViolations(page, "error summary");

  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const answer = page.getByTestId("reset-requested");
  await expect(answer).toContainText(`If ${email} has an account, we have sent it a link`);
  await expectNoAxeViolations(page, "after asking for a link");
  const forKnown = (await answer.textContent())!.replace(email, "ADDRESS");

  // An address with no account gets the same answer, and no e-mail.
  const stranger = `nobody.${Date.now()}@northshire.example`;
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill(stranger);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(answer).toBeVisible();
  expect((await answer.textContent())!.replace(stranger, "ADDRESS")).toBe(forKnown);

  const mail = await waitForEmail(email);
  expect(mail.subject).toBe("Reset your password");
  const link = setPasswordPath(mail);
  expect(await emailCount(stranger)).toBe(0);

  await page.goto(link);
  await page.getByLabel("New password").fill("Password1234");
  await page.getByLabel("Type the password again").fill("Password1234");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("too easy to guess");
  await page.getByLabel("New password").fill("teapot window river");
  await page.getByLabel("Type the password again").fill("teapot window river");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set")).toBeVisible();

  // The link works once only, and says what to do instead.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await expect(page.getByRole("link", { name: "Get a new link" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
  await expectNoAxeViolations(page, "a used link");

  await signIn(page, email, "teapot window river");
  await expect(page).toHaveURL(/\/family$/);
});
