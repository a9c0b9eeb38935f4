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

  // Background jobs (e-mail, register housekeeping, overdue returns, tender deadlines) run inside
  // the Next.js server (instrumentation.ts) unless JOBS_IN_PROCESS=0; `npm run worker` runs them apart.
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
