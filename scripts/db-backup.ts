/**
 * npm run db:backup [-- <folder>]
 * Backs up the portal's database (DATABASE_URL, or the embedded one) into <folder>, by default
 * .data/backups/<date and time>. See lib/ops/backup.ts and docs/decisions/0040.
 */
import path from "node:path";
import { Client } from "pg";
import { backupDatabase } from "../lib/ops/backup";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through npm run db:backup).");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.resolve(process.argv[2] ?? path.join(".data", "backups", stamp));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const m = await backupDatabase(client, out);
    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backed up ${m.tables.length} tables, ${rows} rows, at migration ${m.migrations.at(-1) ?? "(none)"} into ${out} in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await client.end();
  }
}

main().catch((e: unknown) => {
  console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
