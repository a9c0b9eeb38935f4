import { test as setup, expect } from "@playwright/test";
import { ROLE_WORDS, emailFor, signIn, stateFor } from "./support";

// Signs in once per demo user and saves the browser state for the other tests.
for (const council of ["northshire", "eastbrook"]) {
  for (const role of ROLE_WORDS) {
    setup(`sign in as ${role} of ${council}`, async ({ page }) => {
      await signIn(page, emailFor(role, council));
      await expect(page).toHaveURL(new RegExp(`/${role}$`));
      await page.context().storageState({ path: stateFor(role, council) });
    });
  }
}
