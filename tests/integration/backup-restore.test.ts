import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { backupDatabase, restoreDatabase } from "@/lib/ops/backup";
import { makeActor, makeChild, makeCouncil } from "./factories";

/**
 * Backup and restore (issue 19, item 9): a backup of this file's database, restored into a fresh
 * one (a clone of the migrated, empty template), holds the same content, table by table.
 */
const work = mkdtempSync(path.join(os.tmpdir(), "sbp-backup-"));
const sourceUrl = new URL(process.env.DATABASE_URL!);
const target = `restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const targetUrl = new URL(sourceUrl);
targetUrl.pathname = `/${target}`;
const adminUrl = new URL(sourceUrl);
adminUrl.pathname = "/postgres";

async function withClient<T>(url: URL, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  // A clone of the template this file's own database came from: migrated, and empty.
  const template = new URL(inject("dbTemplateUrl")).pathname.slice(1);
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${target}" TEMPLATE "${template}"`));
});

afterAll(async () => {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`));
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores a backup into a fresh database with the same content; a damaged backup or a database with rows is refused", async () => {
    // Content of every kind the schema holds: text with odd characters, decimals, JSON, arrays, times.
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const family = await makeActor(council.id, "FAMILY");
    const child = await makeChild(council.id, { familyId: family.familyId!, firstName: 'Zoë\t"O\'Neil"\\n' });
    await prisma.personalBudget.create({
      data: {
        councilId: council.id,
        childId: child.id,
        type: "MIX",
        annualAmount: "1234.56",
        directPaymentPart: "1000.00",
        managedPart: "234.56",
        startDate: new Date("2027-01-01T00:00:00Z"),
        endDate: new Date("2027-12-31T00:00:00Z"),
        nextReviewDate: new Date("2027-07-01T00:00:00Z"),
      },
    });
    await recordAudit(prisma, admin, {
      action: "test:backup",
      entityType: "Test",
      summary: "Line one\nline two; with a semicolon",
      metadata: { nested: { list: [1, "two", null] } },
    });

    const first = path.join(work, "first");
    const manifest = await withClient(sourceUrl, (c) => backupDatabase(c, first));
    expect(manifest.tables.find((t) => t.name === "PersonalBudget")?.rows).toBeGreaterThanOrEqual(1);
    await expect(withClient(sourceUrl, (c) => backupDatabase(c, first))).rejects.toThrow(
      /already holds a backup/,
    );

    // A damaged file: refused, and the fresh database stays empty (one transaction).
    const damaged = path.join(work, "damaged");
    rmSync(damaged, { recursive: true, force: true });
    await withClient(sourceUrl, (c) => backupDatabase(c, damaged));
    const childFile = path.join(damaged, "Child.copy.gz");
    writeFileSync(childFile, gzipSync(gunzipSync(readFileSync(childFile)).toString().replace("Zoë", "Zoe")));
    await expect(withClient(targetUrl, (c) => restoreDatabase(c, damaged))).rejects.toThrow(
      /backup is damaged/,
    );
    expect(
      await withClient(targetUrl, (c) => c.query(`SELECT count(*)::int AS n FROM "Council"`)),
    ).toMatchObject({
      rows: [{ n: 0 }],
    });

    await withClient(targetUrl, (c) => restoreDatabase(c, first));
    const again = path.join(work, "again");
    const restored = await withClient(targetUrl, (c) => backupDatabase(c, again));
    expect(restored.tables.map((t) => [t.name, t.rows, t.sha256])).toEqual(
      manifest.tables.map((t) => [t.name, t.rows, t.sha256]),
    );
    const read = (url: URL) =>
      withClient(url, async (c) => ({
        child: (await c.query(`SELECT "firstName" FROM "Child" WHERE id = $1`, [child.id])).rows,
        budget: (await c.query(`SELECT "annualAmount"::text, "managedPart"::text FROM "PersonalBudget"`))
          .rows,
        audit: (await c.query(`SELECT summary, metadata FROM "AuditEvent" WHERE action = 'test:backup'`))
          .rows,
      }));
    expect(await read(targetUrl)).toEqual(await read(sourceUrl));
    expect((await read(targetUrl)).child).toEqual([{ firstName: 'Zoë\t"O\'Neil"\\n' }]);

    // Restoring over data is refused; nothing changes.
    await expect(withClient(targetUrl, (c) => restoreDatabase(c, first))).rejects.toThrow(/not empty/);
  });
});
