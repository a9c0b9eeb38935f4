import { test, expect, signIn } from "./support";

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
