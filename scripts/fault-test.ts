/**
 * npm run test:fault — the database goes away under load (issue 19, item 8), after `next build`.
 *
 * A cluster of its own (a temporary folder), migrated, with one council and one staff user; the
 * built portal's server on its own port; ten clients loading pages without pause and a writer
 * recording a "You said, we did" entry with its audit row in one transaction, over and over. Then
 * PostgreSQL is shut down the hard way (SIGQUIT, as a crash), left down a while, and started again.
 * It checks: while down, pages answer a 503 (never a hang, and after the first moments no 500);
 * once it is back, pages answer 200 again by themselves, without restarting the portal; and no
 * write is partial (every entry has its audit row and every audit row its entry). Exits 1 on any failure.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sbp-fault-"));
process.env.EMBEDDED_PG_DIR = dir;
// PostgreSQL's durable defaults, not the dev cluster's speed-ups: committed means kept, even through a crash.
process.env.EMBEDDED_PG_DURABLE = "1";
process.env.EMBEDDED_PG_PORT = String(52000 + Math.floor(Math.random() * 2000));
delete process.env.DATABASE_URL;
const PORT = Number(process.env.FAULT_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const problems: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(what);
};

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("Build the portal first (npm run build).");
  const taken = await fetch(BASE, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is in use: stop what runs there, or set FAULT_PORT`);
  console.log("starting a database of its own");
  const { ensureDatabase } = await import("../lib/embedded-db");
  let db = await ensureDatabase({ quiet: true });
  const url = db.url;
  const deploy = spawnSync(process.execPath, ["scripts/prisma.cjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  if (deploy.status !== 0) throw new Error("migrate deploy failed");

  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  const councilId = `fault${randomUUID().slice(0, 8)}`;
  const userId = `user${randomUUID().slice(0, 8)}`;
  await setup.query(
    `INSERT INTO "Council" (id, slug, name, "updatedAt") VALUES ($1, 'faultshire', 'Faultshire Council', now())`,
    [councilId],
  );
  await setup.query(
    `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, 'staff@fault.example', 'Fault Staff', now())`,
    [userId],
  );
  await setup.end();

  console.log("starting the portal");
  const server = spawn(process.execPath, ["scripts/next-server.mjs"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomUUID() + randomUUID(),
      NEXTAUTH_URL: BASE,
      JOBS_IN_PROCESS: "0",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let serverErrors = "";
  server.stderr.on("data", (d: Buffer) => (serverErrors += d.toString()));
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (i > 120) throw new Error("the portal did not start");
      await sleep(500);
    }

    console.log("the portal is up; loading it");
    // The load: pages that read the database, and transactional writes.
    type Hit = { at: number; status: number };
    const hits: Hit[] = [];
    let running = true;
    const pages = ["/councils/faultshire/directory", "/", "/councils/faultshire/you-said-we-did"];
    const reader = async (n: number) => {
      for (let i = n; running; i++) {
        const started = Date.now();
        const status = await fetch(`${BASE}${pages[i % pages.length]}`, {
          signal: AbortSignal.timeout(15_000),
        }).then(
          async (r) => (await r.arrayBuffer(), r.status),
          () => 0,
        );
        hits.push({ at: started, status });
      }
    };
    const writes = { tried: 0, committed: 0 };
    const writer = async () => {
      while (running) {
        writes.tried++;
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
        // The server going away mid-query is an error event as well as a rejected query.
        c.on("error", () => undefined);
        try {
          await c.connect();
          await c.query("BEGIN");
          const id = randomUUID();
          await c.query(
            `INSERT INTO "YouSaidWeDid" (id, "councilId", "youSaid", "weDid", "createdById", "updatedAt") VALUES ($1, $2, 'More clubs', 'Opened one', $3, now())`,
            [id, councilId, userId],
          );
          await sleep(5); // a write in progress when the database goes
          await c.query(
            `INSERT INTO "AuditEvent" (id, "councilId", "actorUserId", action, "entityType", "entityId", summary) VALUES ($1, $2, $3, 'yswd:create', 'YouSaidWeDid', $4, 'Fault test')`,
            [randomUUID(), councilId, userId, id],
          );
          await c.query("COMMIT");
          writes.committed++;
        } catch {
          await sleep(100);
        } finally {
          await c.end().catch(() => undefined);
        }
      }
    };
    const load = [...Array.from({ length: 10 }, (_, i) => reader(i)), writer()];

    await sleep(3000);
    const before = hits.filter((h) => h.status === 200).length;
    check(before > 0 && hits.every((h) => h.status === 200), `before the fault: ${before} pages, all 200`);

    // The database goes away, as in a crash.
    const downAt = Date.now();
    const pid = Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGQUIT");
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
        await sleep(100);
      } catch {
        break;
      }
    }
    await sleep(8000);
    const upAt = Date.now();
    const during = hits.filter((h) => h.at >= downAt && h.at < upAt);
    const settled = during.filter((h) => h.at >= downAt + 2000);
    check(
      during.some((h) => h.status === 503),
      `while down: ${during.filter((h) => h.status === 503).length} of ${during.length} pages answered 503`,
    );
    check(
      settled.length > 0 && settled.every((h) => h.status === 503),
      `after the first 2 s down, every page 503 (${settled.length}, others: ${[...new Set(settled.filter((h) => h.status !== 503).map((h) => h.status))].join(", ") || "none"})`,
    );
    check(!during.some((h) => h.status === 0), "while down, no request hung or was dropped");

    // It comes back: the portal recovers by itself.
    delete process.env.DATABASE_URL; // set by the first start: unset, so that it starts again
    db = await ensureDatabase({ quiet: true });
    let recoveredAt = 0;
    for (let i = 0; i < 300 && !recoveredAt; i++) {
      await sleep(100);
      const last = hits.filter((h) => h.at > Date.now() - 1500);
      if (last.length > 5 && last.every((h) => h.status === 200)) recoveredAt = Date.now();
    }
    check(
      recoveredAt > 0,
      `recovered by itself ${recoveredAt ? `${((recoveredAt - Date.now()) / 1000 + (Date.now() - upAt) / 1000).toFixed(1)} s after the database came back` : "— never"}`,
    );
    running = false;
    await Promise.all(load);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const orphans = await c.query<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM "YouSaidWeDid" y WHERE y."councilId" = $1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = y.id))
            + (SELECT count(*)::int FROM "AuditEvent" a WHERE a."councilId" = $1 AND NOT EXISTS (SELECT 1 FROM "YouSaidWeDid" y WHERE y.id = a."entityId")) AS n`,
      [councilId],
    );
    const saved = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "YouSaidWeDid" WHERE "councilId" = $1`,
      [councilId],
    );
    await c.end();
    check(
      orphans.rows[0].n === 0,
      `no partial writes: ${saved.rows[0].n} entries saved of ${writes.tried} tried, each with its audit row`,
    );
    check(saved.rows[0].n >= writes.committed, "every committed write is still there after the crash");
    check(!/Unhandled|uncaughtException/i.test(serverErrors), "the server logged no unhandled error");
  } finally {
    server.kill("SIGKILL");
    await db.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => {
    console.log(problems.length ? `fault test: ${problems.length} failed` : "fault test: all passed");
    process.exit(problems.length ? 1 : 0);
  })
  .catch((e: unknown) => {
    console.error(`fault test could not run: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
