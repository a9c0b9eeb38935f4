/**
 * The whole test suite, as `npm test` runs it (inside `scripts/db.ts run --test`, which provides
 * DATABASE_URL on the tests' own embedded cluster). Two cores, three phases (docs/decisions/0021):
 *
 *   1. build  ‖  lint, format            (`next build` writes .next/types, which tsc reads)
 *   2. vitest ‖  typecheck, e2e-db, fault (unit, component and integration tests; tsc; the e2e
 *                                         database migrated and seeded; the database crashed under
 *                                         load, scripts/fault-test.ts)
 *   3. e2e                               (Playwright, system Chromium, against the build)
 *
 * Steps running side by side prefix each line of their output with `[step]`. Every step runs
 * even if another failed (except e2e without a build or its database); the exit code is non-zero
 * if any step failed. tsc, ESLint and Prettier keep caches in node_modules/.cache.
 * Options: --only <step>[,<step>] (typecheck, lint, format, vitest, build, e2e-db, fault, e2e; e2e
 * implies e2e-db); any other arguments go to Playwright (for example a folder of specs:
 * `npm test -- --only build,e2e tests/e2e/contracts`).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";

const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]?.split(",")) : null;
if (only?.has("e2e")) only.add("e2e-db");
const playwrightArgs = process.argv.slice(2).filter((a, i, all) => a !== "--only" && all[i - 1] !== "--only");
const bin = (name: string) => `node_modules/.bin/${name}`;
const CACHE = "node_modules/.cache";

interface Result {
  step: string;
  ok: boolean;
  seconds: number;
  note?: string;
}
const results: Result[] = [];

type Command = [cmd: string, ...args: string[]];

/** Runs one command; with a prefix its output is passed on line by line, each line prefixed. */
function runCommand(cmd: string, args: string[], env: Record<string, string>, prefix: string | null) {
  return new Promise<number | string>((resolve) => {
    const child = spawn(cmd, args, {
      stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
    });
    if (prefix) {
      for (const [stream, out] of [
        [child.stdout!, process.stdout],
        [child.stderr!, process.stderr],
      ] as const) {
        let rest = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => {
          const lines = (rest + chunk).split("\n");
          rest = lines.pop()!;
          for (const line of lines) out.write(`${prefix} ${line}\n`);
        });
        stream.on("end", () => rest && out.write(`${prefix} ${rest}\n`));
      }
    }
    child.on("error", (e) => resolve(String(e)));
    child.on("close", (code, signal) => resolve(code ?? signal ?? 1));
  });
}

/** Runs a step's commands in order, stopping at the first failure, and records the result. */
async function run(
  step: string,
  commands: Command[],
  opts: { env?: Record<string, string>; prefixed?: boolean } = {},
): Promise<boolean> {
  if (only && !only.has(step)) return true;
  const t0 = performance.now();
  const prefix = opts.prefixed ? `[${step}]` : null;
  let note: string | undefined;
  for (const [cmd, ...args] of commands) {
    console.log(`\n━━━ ${step}: ${cmd} ${args.join(" ")}`);
    const status = await runCommand(cmd, args, opts.env ?? {}, prefix);
    if (status !== 0) {
      note = `${cmd.split("/").pop()} exited ${status}`;
      break;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  results.push({ step, ok: !note, seconds, note });
  console.log(`━━━ ${step}: ${note ? `FAILED (${note})` : "done"} in ${seconds.toFixed(1)} s`);
  return !note;
}

/** Steps side by side (each a chain of steps run one after another); true if all passed. */
async function parallel(...lanes: (() => Promise<boolean>)[]): Promise<boolean> {
  const oks = await Promise.all(lanes.map((lane) => lane()));
  return oks.every(Boolean);
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

/** The browser tests' database: a fresh one beside the suite's, emptied on every run. */
function e2eDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${url.pathname.slice(1) || "app"}_e2e`;
  return url.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
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
  fs.rmSync("test-results/vitest.json", { force: true });
  fs.rmSync("test-results/playwright.json", { force: true });
  const e2eUrl = e2eDatabaseUrl();

  // Phase 1: the build (several threads) beside the single-threaded checks.
  let built = true;
  await parallel(
    async () => (built = await run("build", [[bin("next"), "build"]], { env: { NEXT_SKIP_TYPECHECK: "1" } })),
    async () =>
      (await run(
        "lint",
        [
          [
            bin("eslint"),
            "--max-warnings",
            "0",
            "--cache",
            "--cache-strategy",
            "content",
            "--cache-location",
            `${CACHE}/eslint/`,
            ".",
          ],
        ],
        { prefixed: true },
      )) &&
      (await run("format", [[bin("prettier"), "--check", "--cache", "--cache-strategy", "content", "."]], {
        prefixed: true,
      })),
  );

  // Phase 2: vitest (forks) beside tsc (one thread) and the e2e database.
  let e2eDbReady = true;
  await parallel(
    () =>
      run("vitest", [
        [
          bin("vitest"),
          "run",
          "--reporter=default",
          "--reporter=json",
          "--outputFile.json=test-results/vitest.json",
        ],
      ]),
    async () => {
      // `next typegen` refreshes the route types (PageProps) tsc checks pages against; after the
      // build nothing else writes .next, so this cannot race it.
      await run(
        "typecheck",
        [
          [bin("next"), "typegen"],
          [bin("tsc"), "--noEmit", "--incremental", "--tsBuildInfoFile", `${CACHE}/tsc/tsbuildinfo`],
        ],
        { prefixed: true },
      );
      if (only && !only.has("e2e-db")) return true;
      try {
        await recreateDatabase(e2eUrl);
      } catch (e) {
        results.push({ step: "e2e-db", ok: false, seconds: 0, note: String(e) });
        return (e2eDbReady = false);
      }
      e2eDbReady = await run(
        "e2e-db",
        [
          [process.execPath, "scripts/prisma.cjs", "migrate", "deploy"],
          [process.execPath, "--import", "tsx", "prisma/seed.ts"],
        ],
        { env: { DATABASE_URL: e2eUrl, SEED_FORCE: "1" }, prefixed: true },
      );
      // The database crashes under load (scripts/fault-test.ts): a cluster and a port of its own, so
      // it runs here beside vitest, after the build it serves.
      if (only && !only.has("fault")) return e2eDbReady;
      if (!built) {
        results.push({ step: "fault", ok: false, seconds: 0, note: "skipped: the build failed" });
        return false;
      }
      const faultOk = await run("fault", [[process.execPath, "--import", "tsx", "scripts/fault-test.ts"]], {
        prefixed: true,
      });
      return e2eDbReady && faultOk;
    },
  );

  // Phase 3: the browser tests against the build.
  if (!only || only.has("e2e")) {
    if (!built) {
      results.push({ step: "e2e", ok: false, seconds: 0, note: "skipped: the build failed" });
    } else if (!e2eDbReady) {
      results.push({ step: "e2e", ok: false, seconds: 0, note: "skipped: the e2e database failed" });
    } else if (!ensureChromium()) {
      results.push({ step: "e2e", ok: false, seconds: 0, note: "Chromium is not installed" });
    } else {
      await run("e2e", [[bin("playwright"), "test", ...playwrightArgs]], {
        env: { DATABASE_URL: e2eUrl, CHROMIUM_PATH: CHROMIUM },
      });
    }
  }

  const width = Math.max(...results.map((r) => r.step.length));
  console.log("\n━━━ Summary (phases: build ‖ lint, format; vitest ‖ typecheck, e2e-db, fault; e2e)");
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
