import { defineConfig } from "@playwright/test";
import path from "node:path";
import { E2E_BASE_URL as baseURL, E2E_MAIL_DIR, E2E_PORT as PORT, E2E_SECRET } from "./tests/e2e/server";

/**
 * Browser tests against the production build (`next build` first), with Debian's Chromium.
 * `npm test` prepares a freshly seeded database and sets DATABASE_URL for the server.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  // Three workers on two cores: the workers mostly wait on the browser and the server. Measured on
  // the whole e2e phase: 564 s with two, 505 s with three (E2E_WORKERS to choose).
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Long journeys run many axe scans, each several seconds on a loaded 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    // Recording a trace for every test costs about a tenth of the run; CI keeps the failure's page
    // snapshot (error-context.md) and the list output. Locally, a failed test keeps its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "e2e", dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: {
    // The portal's own server (as `npm run portal` runs it), so sign-in throttling sees addresses.
    command: `node scripts/next-server.mjs`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // Long journeys run many axe scans, each several seconds on a loaded 2-core machine.
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      // The same secret tests/e2e/sessions.ts signs the demo users' cookies with.
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: baseURL,
      // E-mail goes to .eml files the journeys read (tests/e2e/mail.ts); jobs run in the server, but
      // no schedule is registered, so no hourly job changes data in the middle of the run.
      MAIL_DIR: path.resolve(E2E_MAIL_DIR),
      JOBS_SCHEDULE: "0",
      SMTP_URL: "",
      SMTP_HOST: "",
    },
  },
});
