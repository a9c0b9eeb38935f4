import { test, expect, signIn, DEMO_PASSWORD } from "./support";

test("signing out everywhere ends the session on every device", async ({ browser }) => {
  const email = "commissioner2@eastbrook.example";
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, email);
  await expect(laptop).toHaveURL(/\/commissioner$/);
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/commissioner$/);

  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await phone.goto("/commissioner");
  await expect(phone).toHaveURL(/\/sign-in/);
});

test("signing out ends the session on the server, so a copied cookie stops working", async ({ browser }) => {
  const email = "provider2@eastbrook.example";
  const mine = await browser.newContext();
  const page = await mine.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/provider$/);

  // Someone copies the session cookie into another browser: it works for now.
  const copy = await browser.newContext();
  await copy.addCookies(await mine.cookies());
  const theirs = await copy.newPage();
  await theirs.goto("/provider");
  await expect(theirs).toHaveURL(/\/provider$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await theirs.goto("/provider");
  await expect(theirs).toHaveURL(/\/sign-in/);
  await mine.close();
  await copy.close();
});

test("after signing in, a hostile callbackUrl leads back to the portal, never elsewhere", async ({
  browser,
}) => {
  for (const hostile of [
    "/%5Cevil.example",
    "//evil.example",
    "https://evil.example",
    "/%2F%2Fevil.example",
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?callbackUrl=${hostile}`);
    const portal = new URL(page.url()).host;
    await page.getByLabel("E-mail address").fill("social-worker@northshire.example");
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/social-worker$/);
    expect(new URL(page.url()).host).toBe(portal);
    await context.close();
  }
});
