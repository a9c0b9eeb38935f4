/**
 * The benchmark (issue 20; docs/decisions/0025): builds the portal and a bare Next.js page, starts
 * both production servers against the database DATABASE_URL names (the demo data, or what
 * `npm run seed:scale` generated), and loads each with autocannon, side by side in one run:
 *
 *   npm run bench                         everything (build, pages, mixed load, two servers)
 *   npm run bench -- --skip-build         reuse the last build
 *   npm run bench -- --only contracts-list,family-home --duration 5
 *   npm run bench -- --profile            also writes a CPU profile of the portal under load
 *
 * Reports p50/p95/p99 latency, requests per second, errors, each page's p95 as a multiple of the bare
 * page's, the first-load JavaScript of each page (gzipped), a mixed workload and the same load
 * spread over two portal servers, as Markdown and JSON under bench/results/. Budgets are checked
 * and reported (MISS lines); `--strict` makes a miss exit non-zero. Not part of `npm test`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { prepareDatabase } from "./support/prepare-database";
import { summariseCpuProfile, type ProfileSummary } from "./support/cpu-profile";

const { values: opts } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    only: { type: "string" },
    duration: { type: "string", default: "8" },
    "warm-up": { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
    profile: { type: "boolean", default: false },
    "no-scale-out": { type: "boolean", default: false },
    "no-lighthouse": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
});
const DURATION = Number(opts.duration);
const WARM_UP = Number(opts["warm-up"]);
const CONNECTIONS = Number(opts.connections);
const PORT = Number(opts.port);
const BARE_PORT = PORT + 1;
const SECOND_PORT = PORT + 2;
const SECRET = randomBytes(32).toString("base64url");
const RESULTS = path.resolve("bench/results");

/** The budgets of issue 20. */
const BUDGET = { p95Ms: 150, p95TimesBare: 3, mixedShareOfBare: 0.5, firstLoadJsKb: 130, lighthouse: 95 };

/** Public pages scored by Lighthouse (performance with its default mobile profile and simulated throttling, and accessibility). */
const LIGHTHOUSE_PAGES = [
  "/",
  "/councils/northshire",
  "/councils/northshire/statement",
  "/councils/northshire/statistics",
  "/councils/northshire/directory",
  "/councils/northshire/tenders",
  "/councils/northshire/you-said-we-did",
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Role = "commissioner" | "provider" | "family" | "young-commissioner";
interface Target {
  name: string;
  label: string;
  role?: Role;
  /** The path, or how to find it from a page the role can open (the first link matching). */
  path: string | { from: string; link: RegExp; then?: { link: RegExp } };
  /** Pages, not APIs: checked against the page budgets and for first-load JavaScript. */
  page: boolean;
}

const ID = "[a-z0-9]{20,40}";
const TARGETS: Target[] = [
  { name: "health", label: "`/api/health`", path: "/api/health", page: false },
  {
    name: "commissioner-home",
    label: "commissioner home",
    role: "commissioner",
    path: "/commissioner",
    page: true,
  },
  {
    name: "contracts-list",
    label: "contracts list",
    role: "commissioner",
    path: "/commissioner/contracts",
    page: true,
  },
  {
    name: "contract-page",
    label: "contract page (commissioner)",
    role: "commissioner",
    path: { from: "/commissioner/contracts", link: new RegExp(`/commissioner/contracts/${ID}`) },
    page: true,
  },
  {
    name: "register-statistics",
    label: "register statistics (commissioner)",
    role: "commissioner",
    path: "/commissioner/statistics",
    page: true,
  },
  {
    name: "needs-analysis",
    label: "needs analysis",
    role: "commissioner",
    path: "/commissioner/needs-analysis",
    page: true,
  },
  {
    name: "provider-return",
    label: "provider's outcome return",
    role: "provider",
    path: {
      from: "/provider/contracts",
      link: new RegExp(`/provider/contracts/${ID}`),
      then: { link: new RegExp(`/provider/contracts/${ID}/returns/${ID}`) },
    },
    page: true,
  },
  { name: "family-home", label: "family home", role: "family", path: "/family", page: true },
  {
    name: "young-commissioner-scoring",
    label: "young commissioner's panel (scoring)",
    role: "young-commissioner",
    path: { from: "/young-commissioner/panels", link: new RegExp(`/young-commissioner/panels/${ID}`) },
    page: true,
  },
  {
    name: "public-directory",
    label: "public short breaks directory",
    path: "/councils/northshire/directory",
    page: true,
  },
  { name: "public-tenders", label: "public tenders", path: "/councils/northshire/tenders", page: true },
  {
    name: "public-statement",
    label: "public short breaks services statement",
    path: "/councils/northshire/statement",
    page: true,
  },
  {
    name: "public-contracts-register",
    label: "public contracts register",
    path: "/councils/northshire/contracts",
    page: true,
  },
  {
    name: "ocds-releases",
    label: "OCDS releases, first page of the whole process (JSON)",
    path: "/api/ocds/northshire/releases",
    page: false,
  },
];

interface Measured {
  name: string;
  label: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The response's size on the wire (uncompressed HTML or JSON). */
  kbPerResponse: number;
  timesBare?: number;
  firstLoadJsKb?: number;
}

const log = (line: string) => console.log(`[bench] ${line}`);

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function startServer(
  args: string[],
  port: number,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, ...args], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (code && code !== 0) log(`server on port ${port} exited with ${code ?? signal}`);
  });
  return child;
}

async function waitFor(url: string, server: ChildProcess, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (server.exitCode !== null)
      throw new Error(`the server for ${url} stopped (exit code ${server.exitCode})`);
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Loads one URL; latencies are recorded per response so that p95 is exact, not a bucket. */
async function load(
  url: string,
  cookie: string | undefined,
  seconds: number,
  requests?: autocannon.Request[],
  connections = CONNECTIONS,
) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: cookie ? { cookie } : undefined, requests },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const ms = (q: number) => Math.round(percentile(latencies, q) * 10) / 10;
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    p50: ms(0.5),
    p95: ms(0.95),
    p99: ms(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    kbPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total) / 102.4) / 10,
  };
}

async function measure(name: string, label: string, url: string, cookie?: string): Promise<Measured> {
  if (WARM_UP > 0) await load(url, cookie, WARM_UP);
  const r = await load(url, cookie, DURATION);
  log(`${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, errors ${r.errors}`);
  return { name, label, path: new URL(url).pathname, ...r };
}

async function getHtml(base: string, pathname: string, cookie?: string): Promise<string> {
  const r = await fetch(base + pathname, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (r.status !== 200) throw new Error(`${pathname} answered ${r.status} (signed in: ${Boolean(cookie)})`);
  return r.text();
}

async function resolvePath(base: string, target: Target, cookie?: string): Promise<string> {
  if (typeof target.path === "string") return target.path;
  const first = async (from: string, link: RegExp) => {
    const found = link.exec(await getHtml(base, from, cookie))?.[0];
    if (!found) throw new Error(`no link like ${link} on ${from}: is there data for ${target.name}?`);
    return found;
  };
  const step = await first(target.path.from, target.path.link);
  return target.path.then ? first(step, target.path.then.link) : step;
}

/** The JavaScript a first visit downloads: every script the HTML names, gzipped (level 6), in KB. */
async function firstLoadJsKb(base: string, pathname: string, cookie?: string): Promise<number> {
  const html = await getHtml(base, pathname, cookie);
  // Modern browsers skip `nomodule` scripts (the legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => !/\snomodule/i.test(t));
  const sources = [
    ...new Set(tags.map((t) => /\ssrc="([^"]+)"/.exec(t)?.[1]).filter((s): s is string => !!s)),
  ];
  let bytes = 0;
  for (const src of sources) {
    const r = await fetch(new URL(src.replaceAll("&amp;", "&"), base));
    bytes += gzipSync(Buffer.from(await r.arrayBuffer())).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Lighthouse performance and accessibility scores (0–100) of public pages, in headless Chromium. */
async function lighthouseScores(
  base: string,
  paths: string[],
): Promise<{ path: string; score: number; accessibility: number }[]> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const scores: { path: string; score: number; accessibility: number }[] = [];
    for (const p of paths) {
      const run = await lighthouse(base + p, {
        port: chrome.port,
        onlyCategories: ["performance", "accessibility"],
        logLevel: "error",
      });
      const score = Math.round((run?.lhr.categories.performance?.score ?? 0) * 100);
      const accessibility = Math.round((run?.lhr.categories.accessibility?.score ?? 0) * 100);
      log(`Lighthouse ${p}: performance ${score}, accessibility ${accessibility}`);
      scores.push({ path: p, score, accessibility });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

function build() {
  for (const args of [["build"], ["build", "bench/bare"]]) {
    log(`next ${args.join(" ")}`);
    const r = spawnSync(path.resolve("node_modules/.bin/next"), args, {
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (r.status !== 0) throw new Error(`next ${args.join(" ")} failed`);
  }
}

function table(rows: Measured[]): string {
  const lines = [
    "| Target | req/s | p50 ms | p95 ms | p99 ms | errors | p95 ÷ bare | response KB | first-load JS (KB gz) |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${
        r.timesBare?.toFixed(1) ?? ""
      } | ${r.kbPerResponse} | ${r.firstLoadJsKb ?? ""} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Run through `npm run bench` (it starts the database).");
  const built = fs.existsSync(".next/BUILD_ID") && fs.existsSync("bench/bare/.next/BUILD_ID");
  if (!opts["skip-build"] || !built) build();
  await prepareDatabase(log);

  const env = { NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://localhost:${PORT}` };
  const profileDir = path.join(RESULTS, `profile-${Date.now()}`);
  const portal = startServer(
    ["scripts/next-server.mjs"],
    PORT,
    env,
    opts.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  );
  const bare = startServer(
    ["node_modules/next/dist/bin/next", "start", "bench/bare", "-p", String(BARE_PORT)],
    BARE_PORT,
    {},
  );
  const servers = [portal, bare];
  try {
    const base = `http://localhost:${PORT}`;
    await Promise.all([
      waitFor(`${base}/api/health`, portal),
      waitFor(`http://localhost:${BARE_PORT}/`, bare),
    ]);

    // Sign in as the demo users by minting their session cookies (as the end-to-end tests do).
    const { mintSessionToken, SESSION_COOKIE } = await import("../tests/e2e/sessions");
    const cookies = new Map<Role, string>();
    for (const role of ["commissioner", "provider", "family", "young-commissioner"] as const) {
      const token = await mintSessionToken(`${role}@northshire.example`, SECRET, "northshire");
      cookies.set(role, `${SESSION_COOKIE}=${token}`);
    }
    const { prisma } = await import("../lib/db");
    await prisma.$disconnect();

    const only = opts.only?.split(",");
    const unknown = only?.filter((name) => !TARGETS.some((t) => t.name === name)) ?? [];
    if (unknown.length)
      throw new Error(
        `--only names no target called ${unknown.join(", ")}; the targets are ${TARGETS.map((t) => t.name).join(", ")}`,
      );
    const targets = TARGETS.filter((t) => !only || only.includes(t.name));
    const resolved = await Promise.all(
      targets.map(async (t) => {
        const cookie = t.role ? cookies.get(t.role) : undefined;
        return { target: t, cookie, path: await resolvePath(base, t, cookie) };
      }),
    );

    const bareResult = await measure("bare", "bare Next.js page", `http://localhost:${BARE_PORT}/`);
    bareResult.firstLoadJsKb = await firstLoadJsKb(`http://localhost:${BARE_PORT}`, "/");
    const rows: Measured[] = [bareResult];
    for (const { target, cookie, path: p } of resolved) {
      const m = await measure(target.name, target.label, base + p, cookie);
      m.timesBare = m.p95 / bareResult.p95;
      if (target.page) m.firstLoadJsKb = await firstLoadJsKb(base, p, cookie);
      rows.push(m);
    }

    // The mixed workload: every connection walks all the targets in turn.
    const mixedRequests: autocannon.Request[] = resolved.map((r) => ({
      method: "GET",
      path: r.path,
      headers: r.cookie ? { cookie: r.cookie } : {},
    }));
    log("mixed workload");
    await load(base, undefined, WARM_UP, mixedRequests);
    const mixed = await load(base, undefined, DURATION, mixedRequests);
    log(`mixed: ${mixed.rps.toFixed(0)} req/s, p95 ${mixed.p95} ms, errors ${mixed.errors}`);

    const lighthouse =
      opts["no-lighthouse"] || !fs.existsSync(CHROMIUM) ? [] : await lighthouseScores(base, LIGHTHOUSE_PAGES);
    if (!opts["no-lighthouse"] && !fs.existsSync(CHROMIUM))
      log(`no Chromium at ${CHROMIUM}: Lighthouse skipped`);

    let profile: ProfileSummary | undefined;
    if (opts.profile) {
      await stop(portal);
      const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
      if (file) profile = summariseCpuProfile(path.join(profileDir, file));
    }

    // Scale out: two portal servers on one database, the same sessions valid on both.
    let scaleOut: { rps: number; p95: number; errors: number; sessionsShared: boolean } | undefined;
    if (!opts["no-scale-out"]) {
      const first = opts.profile ? startServer(["scripts/next-server.mjs"], PORT, env) : portal;
      const second = startServer(["scripts/next-server.mjs"], SECOND_PORT, env);
      servers.push(first, second);
      await Promise.all([
        waitFor(`${base}/api/health`, first),
        waitFor(`http://localhost:${SECOND_PORT}/api/health`, second),
      ]);
      const cookie = cookies.get("commissioner");
      const both = await Promise.all(
        [PORT, SECOND_PORT].map((port) =>
          fetch(`http://localhost:${port}/commissioner`, {
            headers: { cookie: cookie ?? "" },
            redirect: "manual",
          }),
        ),
      );
      const sessionsShared = both.every((r) => r.status === 200);
      log(`two servers: one session valid on both: ${sessionsShared}`);
      const half = Math.max(1, Math.floor(CONNECTIONS / 2));
      const runs = await Promise.all(
        [PORT, SECOND_PORT].map((port) =>
          load(`http://localhost:${port}`, undefined, DURATION, mixedRequests, half),
        ),
      );
      scaleOut = {
        rps: runs.reduce((n, r) => n + r.rps, 0),
        p95: Math.max(...runs.map((r) => r.p95)),
        errors: runs.reduce((n, r) => n + r.errors, 0),
        sessionsShared,
      };
      log(`two servers: ${scaleOut.rps.toFixed(0)} req/s, p95 ${scaleOut.p95} ms, errors ${scaleOut.errors}`);
    }

    // Budgets.
    const misses: string[] = [];
    for (const r of rows.filter((r) => TARGETS.find((t) => t.name === r.name)?.page)) {
      if (r.p95 > BUDGET.p95Ms) misses.push(`${r.label}: p95 ${r.p95} ms > ${BUDGET.p95Ms} ms`);
      if ((r.timesBare ?? 0) > BUDGET.p95TimesBare)
        misses.push(`${r.label}: p95 ${r.timesBare?.toFixed(1)}× the bare page > ${BUDGET.p95TimesBare}×`);
      if ((r.firstLoadJsKb ?? 0) > BUDGET.firstLoadJsKb)
        misses.push(`${r.label}: first-load JS ${r.firstLoadJsKb} KB > ${BUDGET.firstLoadJsKb} KB`);
      if (r.errors > 0) misses.push(`${r.label}: ${r.errors} errors`);
    }
    for (const l of lighthouse) {
      if (l.score < BUDGET.lighthouse) misses.push(`Lighthouse ${l.path}: ${l.score} < ${BUDGET.lighthouse}`);
      if (l.accessibility < BUDGET.lighthouse)
        misses.push(`Lighthouse accessibility ${l.path}: ${l.accessibility} < ${BUDGET.lighthouse}`);
    }
    const mixedShare = mixed.rps / bareResult.rps;
    if (mixedShare < BUDGET.mixedShareOfBare)
      misses.push(`mixed workload: ${(mixedShare * 100).toFixed(0)}% of the bare page's throughput < 50%`);
    if (mixed.errors > 0) misses.push(`mixed workload: ${mixed.errors} errors`);
    if (scaleOut && (scaleOut.errors > 0 || !scaleOut.sessionsShared))
      misses.push(`two servers: ${scaleOut.errors} errors, sessions shared: ${scaleOut.sessionsShared}`);

    const when = new Date().toISOString();
    const data = await dataSize();
    const md = [
      `# Benchmark, ${when}`,
      "",
      `${CONNECTIONS} connections, ${DURATION} s per target after ${WARM_UP} s of warm-up, one run on this machine ` +
        `(${data}). p95 ÷ bare compares each target's p95 with the bare Next.js page's.`,
      "",
      table(rows),
      "",
      `Mixed workload (every target in turn): ${mixed.rps.toFixed(0)} req/s (${(mixedShare * 100).toFixed(0)}% of the bare page), ` +
        `p50 ${mixed.p50} ms, p95 ${mixed.p95} ms, errors ${mixed.errors}.`,
      scaleOut
        ? `Two portal servers on one database, the mixed workload spread over both: ${scaleOut.rps.toFixed(0)} req/s, ` +
          `p95 ${scaleOut.p95} ms, errors ${scaleOut.errors}; one session valid on both: ${scaleOut.sessionsShared ? "yes" : "no"}.`
        : "",
      lighthouse.length
        ? `Lighthouse performance (mobile, simulated throttling) and accessibility: ${lighthouse.map((l) => `${l.path} ${l.score}/${l.accessibility}`).join(", ")}.`
        : "",
      "",
      "## Budgets",
      "",
      misses.length === 0 ? "All budgets hold." : misses.map((m) => `- MISS ${m}`).join("\n"),
      profile ? `\n## Where the time goes (CPU profile of the portal under load)\n\n${profile.markdown}` : "",
      "",
    ].join("\n");
    fs.mkdirSync(RESULTS, { recursive: true });
    const stamp = when.replace(/[:.]/g, "-");
    fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.md`), md);
    fs.writeFileSync(
      path.join(RESULTS, `bench-${stamp}.json`),
      JSON.stringify(
        {
          when,
          data,
          connections: CONNECTIONS,
          duration: DURATION,
          rows,
          mixed,
          scaleOut,
          lighthouse,
          misses,
          profile: profile?.categories,
        },
        null,
        2,
      ),
    );
    // A partial run (--only) does not replace the full table that latest.md keeps.
    if (!only) fs.writeFileSync(path.join(RESULTS, "latest.md"), md);
    console.log(`\n${md}`);
    log(`written to bench/results/bench-${stamp}.{md,json}${only ? "" : " and bench/results/latest.md"}`);
    if (opts.strict && misses.length > 0) process.exitCode = 1;
  } finally {
    await Promise.all(servers.map(stop));
  }
}

/** How big the data set is, for the report. */
async function dataSize(): Promise<string> {
  const pg = (await import("pg")).default;
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const tables = ["Council", "Child", "Contract", "OutcomeReturn", "Feedback", "PersonalBudget"];
    const counts: string[] = [];
    for (const t of tables) {
      const r = await c.query<{ n: string }>(`select count(*)::text as n from "${t}"`);
      counts.push(`${Number(r.rows[0].n).toLocaleString("en-GB")} ${t}`);
    }
    return counts.join(", ");
  } finally {
    await c.end();
  }
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
