/**
 * The whole test suite, as `npm test` runs it (inside scripts/db.ts, which provides DATABASE_URL):
 * types, lint, formatting, unit and integration tests (vitest), a production build, then the
 * end-to-end tests (Playwright, system Chromium) against a freshly seeded database.
 * Every step runs even if an earlier one failed (except e2e without a build); exit code is
 * non-zero if any step failed. Options: --only <step>[,<step>] (typecheck, lint, format, vitest, build, e2e);
 * any other arguments go to Playwright (for example a folder of specs: `npm test -- --only build,e2e tests/e2e/contracts`).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";

const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]?.split(",")) : null;
const playwrightArgs = process.argv.slice(2).filter((a, i, all) => a !== "--only" && all[i - 1] !== "--only");
const bin = (name: string) => `node_modules/.bin/${name}`;

interface Result {
  step: string;
  ok: boolean;
  seconds: number;
  note?: string;
}
const results: Result[] = [];

type Command = [cmd: string, ...args: string[]];

/** Runs a step's commands in order, stopping at the first failure, and records the result. */
function run(step: string, commands: Command[], env: Record<string, string> = {}): boolean {
  if (only && !only.has(step)) return true;
  const t0 = performance.now();
  let note: string | undefined;
  for (const [cmd, ...args] of commands) {
    console.log(`\n━━━ ${step}: ${cmd} ${args.join(" ")}`);
    const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    if (r.status !== 0) {
      note = `${cmd.split("/").pop()} exited ${r.status ?? r.signal}`;
      break;
    }
  }
  results.push({ step, ok: !note, seconds: (performance.now() - t0) / 1000, note });
  return !note;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function ensureChromium(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (os.userInfo().uid !== 0) {
    console.error(
      `Chromium is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium`,
    );
    return false;
  }
  console.log("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)");
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit" });
  const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return update.status === 0 && install.status === 0 && fs.existsSync(CHROMIUM);
}

/** A separate database for the browser tests, freshly migrated and seeded with the demo data. */
async function prepareE2eDatabase(): Promise<string> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `${base.pathname.slice(1) || "app"}_e2e`;
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Test counts from the runners' JSON reports (vitest and Playwright). */
function countTests(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  const read = (f: string) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
  const v = read("test-results/vitest.json");
  if (v) {
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
  }
  const p = read("test-results/playwright.json");
  if (p?.stats) {
    passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
    failed += p.stats.unexpected ?? 0;
  }
  return { passed, failed };
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run `npm test`.");
  const total0 = performance.now();

  // `next typegen` writes the route types (PageProps) that tsc checks pages against.
  run("typecheck", [
    [bin("next"), "typegen"],
    [bin("tsc"), "--noEmit"],
  ]);
  run("lint", [[bin("eslint"), "--max-warnings", "0", "."]]);
  run("format", [[bin("prettier"), "--check", "."]]);
  fs.rmSync("test-results/vitest.json", { force: true });
  fs.rmSync("test-results/playwright.json", { force: true });
  run("vitest", [
    [
      bin("vitest"),
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=test-results/vitest.json",
    ],
  ]);
  const built = run("build", [[bin("next"), "build"]], { NEXT_SKIP_TYPECHECK: "1" });

  if (!only || only.has("e2e")) {
    if (!built) {
      results.push({ step: "e2e", ok: false, seconds: 0, note: "skipped: the build failed" });
    } else if (!ensureChromium()) {
      results.push({ step: "e2e", ok: false, seconds: 0, note: "Chromium is not installed" });
    } else {
      const url = await prepareE2eDatabase();
      run(
        "e2e",
        [
          [process.execPath, "scripts/prisma.cjs", "migrate", "deploy"],
          [process.execPath, "--import", "tsx", "prisma/seed.ts"],
          [bin("playwright"), "test", ...playwrightArgs],
        ],
        { DATABASE_URL: url, SEED_FORCE: "1", CHROMIUM_PATH: CHROMIUM },
      );
    }
  }

  const width = Math.max(...results.map((r) => r.step.length));
  console.log("\n━━━ Summary");
  for (const r of results) {
    console.log(
      `${r.ok ? "PASS" : "FAIL"}  ${r.step.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ""}`,
    );
  }
  const failed = results.filter((r) => !r.ok).length;
  const tests = countTests();
  console.log(`Total ${((performance.now() - total0) / 1000).toFixed(0)} s`);
  console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
  console.log(`tests: ${tests.passed} passed, ${tests.failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
