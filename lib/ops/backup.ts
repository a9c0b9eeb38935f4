import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Client } from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

/**
 * Backups of the portal's database that need no `pg_dump` (decision 0040): the machines may have
 * none, or one older than the server. A backup is a folder: `manifest.json` (the migrations it
 * was taken at, and for each table its columns, row count and the SHA-256 of its data) and one
 * gzipped COPY file per table, every table read in primary-key order from one snapshot. The schema
 * is not in the backup: a restore builds it with the migrations, then loads the rows.
 */

export const BACKUP_FORMAT = "sbp-backup/1";

export interface TableEntry {
  name: string;
  columns: string[];
  rows: number;
  sha256: string;
  file: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: TableEntry[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The public schema's tables (Prisma's migration history apart), in an order parents come first. */
export async function tablesInLoadOrder(client: Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.relname::text AS child, p.relname::text AS parent
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND c.oid <> p.oid`,
    )
  ).rows;
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  // Kahn's algorithm in name order, so that the order is the same every time.
  while (ordered.length < tables.length) {
    const next = tables.find((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)));
    if (!next) throw new Error("The tables' foreign keys form a cycle; a restore could not order them.");
    ordered.push(next);
    done.add(next);
  }
  return ordered;
}

async function columnsOf(client: Client, table: string): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT attname::text AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [ident(table)],
  );
  return r.rows.map((x) => x.name);
}

async function primaryKeyOf(client: Client, table: string): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT a.attname::text AS name
       FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary
      ORDER BY array_position(i.indkey, a.attnum)`,
    [ident(table)],
  );
  return r.rows.map((x) => x.name);
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return r.rows.map((x) => x.name);
}

/** Counts rows and hashes the bytes as they pass. */
function meter() {
  const hash = createHash("sha256");
  let rows = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      for (const byte of chunk) if (byte === 10) rows++;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ rows, sha256: hash.digest("hex") }) };
}

/**
 * Writes a backup of the database `client` is connected to into `outDir` (created; must not hold a
 * manifest already). Every table is read inside one read-only, repeatable-read transaction, so the
 * backup is one consistent moment even while the portal is in use.
 */
export async function backupDatabase(
  client: Client,
  outDir: string,
  now = new Date(),
): Promise<BackupManifest> {
  await mkdir(outDir, { recursive: true });
  const existing = await readFile(path.join(outDir, "manifest.json")).catch(() => null);
  if (existing) throw new Error(`${outDir} already holds a backup; choose another folder.`);
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const migrations = await appliedMigrations(client);
    const tables: TableEntry[] = [];
    for (const name of await tablesInLoadOrder(client)) {
      const columns = await columnsOf(client, name);
      const key = await primaryKeyOf(client, name);
      const order = (key.length ? key : columns).map(ident).join(", ");
      const file = `${name}.copy.gz`;
      const m = meter();
      await pipeline(
        client.query(
          copyTo(
            `COPY (SELECT ${columns.map(ident).join(", ")} FROM ${ident(name)} ORDER BY ${order}) TO STDOUT`,
          ),
        ),
        m.stream,
        createGzip(),
        createWriteStream(path.join(outDir, file)),
      );
      tables.push({ name, columns, file, ...m.result() });
    }
    await client.query("COMMIT");
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      migrations,
      tables,
    };
    await writeFile(path.join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const text = await readFile(path.join(dir, "manifest.json"), "utf8").catch(() => {
    throw new Error(`${dir} holds no backup (no manifest.json).`);
  });
  const m = JSON.parse(text) as BackupManifest;
  if (m.format !== BACKUP_FORMAT)
    throw new Error(`${dir} is not a backup this portal can read (${String(m.format)}).`);
  return m;
}

/**
 * Loads a backup into the database `client` is connected to, which must already have the schema
 * (the restore command runs the migrations first) and no rows in any table. The backup's
 * migrations must all be applied there (a database at a newer migration takes an older backup:
 * each table is loaded by the backup's own column list). Every file's hash is checked while it
 * loads; everything happens in one transaction, so a failed restore leaves the database empty.
 */
export async function restoreDatabase(client: Client, dir: string): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  const applied = new Set(await appliedMigrations(client));
  const missing = manifest.migrations.filter((m) => !applied.has(m));
  if (missing.length)
    throw new Error(
      `The database lacks migrations the backup was taken at: ${missing.join(", ")}. Run the migrations first.`,
    );
  const order = await tablesInLoadOrder(client);
  for (const t of manifest.tables)
    if (!order.includes(t.name)) throw new Error(`The backup has a table this database does not: ${t.name}.`);
  await client.query("BEGIN");
  try {
    for (const name of order) {
      const { rows } = await client.query<{ any: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS any`,
      );
      if (rows[0].any)
        throw new Error(`The database is not empty (${name} has rows): restore only into a fresh database.`);
    }
    const byName = new Map(manifest.tables.map((t) => [t.name, t]));
    for (const name of order) {
      const t = byName.get(name);
      if (!t) continue;
      const m = meter();
      await pipeline(
        createReadStream(path.join(dir, path.basename(t.file))),
        createGunzip(),
        m.stream,
        client.query(copyFrom(`COPY ${ident(name)} (${t.columns.map(ident).join(", ")}) FROM STDIN`)),
      );
      const got = m.result();
      if (got.sha256 !== t.sha256 || got.rows !== t.rows)
        throw new Error(`${t.file} does not match the manifest: the backup is damaged.`);
    }
    await resetSequences(client, order);
    await client.query("COMMIT");
    return manifest;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

/** Serial and identity columns carry on after the highest restored value. */
async function resetSequences(client: Client, tables: string[]) {
  const r = await client.query<{ tbl: string; col: string; seq: string }>(
    `SELECT c.relname::text AS tbl, a.attname::text AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname)::text AS seq
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const { tbl, col, seq } of r.rows) {
    if (!tables.includes(tbl)) continue;
    await client.query(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${ident(col)}) FROM ${ident(tbl)}), 0) + 1, false)`,
      [seq],
    );
  }
}
