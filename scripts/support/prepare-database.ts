/**
 * Brings the database DATABASE_URL names up to date (migrations), and loads the demo data into an
 * empty local one. Shared by `npm run portal` (scripts/serve.ts) and `npm run bench`.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";

async function databaseIsEmpty(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>('select count(*)::text as n from "Council"');
    return r.rows[0]?.n === "0";
  } finally {
    await c.end();
  }
}

function isLocal(url: string): boolean {
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(url).hostname);
}

/** Applies the migrations; seeds demo data into an empty local database (or any, with SEED_FORCE=1). */
export async function prepareDatabase(log: (line: string) => void): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start this through `npm start` or `npm run portal`.");
  const migrate = spawnSync(process.execPath, ["scripts/prisma.cjs", "migrate", "deploy"], {
    stdio: "inherit",
  });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);

  if (await databaseIsEmpty(url)) {
    if (isLocal(url) || process.env.SEED_FORCE === "1") {
      log("empty database: loading demo data");
      const seed = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { stdio: "inherit" });
      if (seed.status !== 0) process.exit(seed.status ?? 1);
    } else {
      log("empty external database: no demo data loaded (set SEED_FORCE=1 to load it).");
    }
  }
}
