/**
 * Starts the portal: applies migrations, seeds demo data into an empty local database, then runs
 * `next start` (or `next dev` with --dev). Run it through `scripts/db.ts run --` so DATABASE_URL
 * points at the embedded PostgreSQL unless you set it yourself.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./support/prepare-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  // A secret per checkout, kept out of git beside the embedded database.
  const file = path.resolve(".data/nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  ensureSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  await prepareDatabase((line) => console.log(`[serve] ${line}`));

  // Scheduled jobs (register erasure and age-out, overdue-return notices, closing tenders at their
  // deadline) at start and hourly; `npm run jobs` runs them once.
  const { runScheduledJobs } = await import("../lib/jobs/run-scheduled-jobs");
  const runJobs = () =>
    runScheduledJobs()
      .then((r) => console.log(`[jobs] ${JSON.stringify(r)}`))
      .catch((e) => console.error(`[jobs] failed: ${e instanceof Error ? e.name : "error"}`));
  void runJobs();
  setInterval(runJobs, 60 * 60 * 1000).unref();

  // Production runs through scripts/next-server.mjs, which passes the client's address to the app.
  const child = dev
    ? spawn(path.resolve("node_modules/.bin/next"), ["dev", "-p", port], {
        stdio: "inherit",
        env: process.env,
      })
    : spawn(process.execPath, ["scripts/next-server.mjs"], {
        stdio: "inherit",
        env: { ...process.env, PORT: port },
      });
  console.log(`[serve] the portal will be at http://localhost:${port}`);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
