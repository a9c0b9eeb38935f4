/**
 * Issue 17, accounts: a commissioner sets up a TOTP second factor and signs in with a code; staff
 * sign in through their council's OpenID provider (a real oidc-provider in this process), and an
 * unknown person is refused.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { test, expect, expectNoAxeViolations, signIn } from "./support";
import { prisma } from "@/lib/db";
import { sealSecret } from "@/lib/auth/secret-box";
import { totpCode } from "@/lib/domain/totp";
import { makeActor, TEST_PASSWORD } from "../support/factories";
import { E2E_BASE_URL, E2E_SECRET } from "./server";

test.use({ storageState: { cookies: [], origins: [] } });

test("a commissioner turns on a second factor, then signing in asks for the code and refuses it twice", async ({
  page,
}) => {
  const council = await prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } });
  const email = `totp.${Date.now()}@northshire.example`;
  await makeActor(council.id, "COMMISSIONER", { email });
  await signIn(page, email, TEST_PASSWORD);
  await page.waitForURL(/\/commissioner/);

  await page.goto("/account");
  await page.getByRole("link", { name: "Set up a second factor" }).click();
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const key = (await page.locator("#setup-key").textContent())!.replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
  await expectNoAxeViolations(page, "set-up: QR code and key");

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The code is not right");
  await page.getByLabel("Code from the app").fill(totpCode(key, new Date()));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expectNoAxeViolations(page, "recovery codes shown once");

  await page.context().clearCookies();
  await signIn(page, email, TEST_PASSWORD);
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  await code.fill("123456");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The code is not right");
  await expectNoAxeViolations(page, "wrong code");
  // The next step's code (the one set-up used is spent).
  const next = totpCode(key, new Date(Date.now() + 30_000));
  await code.fill(next);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.waitForURL(/\/commissioner/);

  // The same code again, from another browser: refused.
  await page.context().clearCookies();
  await signIn(page, email, TEST_PASSWORD);
  await page.getByLabel("Code from your authenticator app").fill(next);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("already been used");
});

test.describe("single sign-on through the council's OpenID provider", () => {
  // One provider on one port, and one council's settings: its tests run in one worker, in order.
  test.describe.configure({ mode: "serial" });
  let server: Server;
  let issuer: string;
  const clientId = "portal-e2e";
  const clientSecret = "e2e-client-secret-0123456789";

  test.beforeAll(async () => {
    const { default: Provider } = await import("oidc-provider");
    const port = Number(process.env.E2E_PORT ?? 3100) + 97;
    issuer = `http://localhost:${port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [`${E2E_BASE_URL}/api/auth/callback/oidc-eastbrook`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      pkce: { required: () => true },
      // The dev login form takes any login; the login is the person's e-mail address here.
      async findAccount(_ctx, id) {
        return { accountId: id, claims: async () => ({ sub: id, email: id, name: id }) };
      },
      claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
      // Put the requested claims in the ID token, as Entra ID does with its optional claims.
      conformIdTokenClaims: false,
    });
    provider.proxy = true;
    server = provider.listen(port);
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    expect((server.address() as AddressInfo).port).toBe(port);
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "eastbrook" } });
    const data = {
      issuer,
      clientId,
      clientSecret: sealSecret(clientSecret, "oidc-client-secret", { NEXTAUTH_SECRET: E2E_SECRET }),
      allowedDomains: ["eastbrook.example"],
      enabled: true,
    };
    await prisma.councilSignOn.upsert({
      where: { councilId: council.id },
      create: { councilId: council.id, ...data },
      update: data,
    });
  });

  test.afterAll(async () => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "eastbrook" } });
    await prisma.councilSignOn.deleteMany({ where: { councilId: council.id } });
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  async function signInAtProvider(page: import("@playwright/test").Page, login: string) {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Continue with your Eastbrook Borough Council account" }).click();
    await page.waitForURL(`${issuer}/**`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    // oidc-provider's dev consent screen.
    const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
    if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
  }

  test("an invited staff member signs in with their council account; their first sign-in links it", async ({
    page,
  }) => {
    const council = await prisma.council.findUniqueOrThrow({ where: { slug: "eastbrook" } });
    const email = `sso.${Date.now()}@eastbrook.example`;
    await makeActor(council.id, "SOCIAL_WORKER", { email, withPassword: false });
    await signInAtProvider(page, email);
    await page.waitForURL(`${E2E_BASE_URL}/**`);
    await page.goto("/account");
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByTestId("acting-for")).toContainText("Eastbrook Borough Council");
    expect(await prisma.oidcIdentity.count({ where: { user: { email } } })).toBe(1);
  });

  test("an unknown person, and a person of another council's domain, are refused with a clear message", async ({
    page,
  }) => {
    await signInAtProvider(page, `stranger.${Date.now()}@eastbrook.example`);
    await page.waitForURL(/\/sign-in\?error=OidcUnknown/);
    await expect(page.getByTestId("sign-on-refused")).toContainText(
      "Ask an administrator at your council to invite you",
    );
    await expectNoAxeViolations(page, "single sign-on refused");

    await page.context().clearCookies();
    await signInAtProvider(page, "commissioner@northshire.example");
    await page.waitForURL(/\/sign-in\?error=OidcDomain/);
    await expect(page.getByTestId("sign-on-refused")).toContainText("not one this council accepts");
  });
});
