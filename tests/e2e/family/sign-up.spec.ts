import { test, expect, expectNoAxeViolations } from "../support";
import { emailCount, setPasswordPath, waitForEmail } from "../mail";

test.use({ storageState: { cookies: [], origins: [] } });

test("a parent creates their own account from the join page and goes on to register a child", async ({
  page,
}) => {
  const email = `new.parent.${Date.now()}@example.org`;

  await page.goto("/councils/northshire/join-the-register");
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await page.getByLabel("Your e-mail address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  const answer = page.getByTestId("sign-up-requested");
  await expect(answer).toContainText(`We have sent an e-mail to ${email}`);
  const forNew = (await answer.textContent())!.replace(email, "ADDRESS");

  // An address that already has an account gets the same answer on screen; its e-mail says so.
  const existing = "family2@northshire.example";
  const before = await emailCount(existing);
  await page.goto("/councils/northshire/create-account");
  await page.getByLabel("Your e-mail address").fill(existing);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(answer).toBeVisible();
  expect((await answer.textContent())!.replace(existing, "ADDRESS")).toBe(forNew);
  expect((await waitForEmail(existing, before + 1)).subject).toBe("You already have an account");

  const mail = await waitForEmail(email);
  expect(mail.subject).toBe("Confirm your e-mail address");
  const link = setPasswordPath(mail, "/create-account/");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your account");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter your full name");
  await expectNoAxeViolations(page, "error summary");
  await page.getByLabel("Your full name").fill("Robin Newparent");
  await page.getByLabel("Choose a password").fill("teapot window river");
  await page.getByLabel("Type the password again").fill("teapot window river");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Sign in and register your child" }).click();

  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("teapot window river");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/family\/register\/child$/);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
});
