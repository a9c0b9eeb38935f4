/**
 * npm run db:restore -- <folder>
 * Restores a backup made by db:backup into the portal's database (DATABASE_URL, or the embedded
 * one), which must be fresh: the migrations are run first, then the rows are loaded in one
 * transaction. A database with any rows is refused, so a restore never overwrites data.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { readManifest, restoreDatabase } from "../lib/ops/backup";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through npm run db:restore).");
  const dir = process.argv[2];
  if (!dir) throw new Error("Say which backup to restore: npm run db:restore -- <folder>");
  const from = path.resolve(dir);
  await readManifest(from);
  const deploy = spawnSync(
    process.execPath,
    [path.join(process.cwd(), "scripts", "prisma.cjs"), "migrate", "deploy"],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  if (deploy.status !== 0) throw new Error("The migrations did not run, so nothing was restored.");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const m = await restoreDatabase(client, from);
    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Restored ${m.tables.length} tables, ${rows} rows, from the backup of ${m.createdAt} in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(`Restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
