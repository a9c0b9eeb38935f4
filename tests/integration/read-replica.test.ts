/**
 * DATABASE_REPLICA_URL sends the heavy read-only pages (register statistics, needs analysis) to a
 * read replica, and nothing else (docs/decisions/0026). Here the "replica" is a second database
 * cloned from the empty template: a council made on the primary is not on it, so a read that goes
 * there cannot find the council, while the primary's reads can.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";

const templateUrl = new URL(inject("dbTemplateUrl"));
const adminUrl = new URL(templateUrl);
adminUrl.pathname = "/postgres";
const replicaName = `replica_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl.toString() });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

await admin(`CREATE DATABASE "${replicaName}" TEMPLATE "${templateUrl.pathname.slice(1)}"`);
const replicaUrl = new URL(templateUrl);
replicaUrl.pathname = `/${replicaName}`;
// Before lib/db loads (the imports below are dynamic for that reason).
process.env.DATABASE_REPLICA_URL = replicaUrl.toString();
const { prisma, replica } = await import("@/lib/db");
const { getRegisterStatistics } = await import("@/lib/data/register/get-register-statistics");
const { getNeedsAnalysis } = await import("@/lib/data/specifications/get-needs-analysis");
const { listContracts } = await import("@/lib/data/contracts/list-contracts");
const { makeActor, makeCouncil } = await import("./factories");

afterAll(async () => {
  await replica.$disconnect();
  delete (globalThis as { prismaReplica?: unknown }).prismaReplica;
  delete process.env.DATABASE_REPLICA_URL;
  await admin(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`);
});

describe("the read replica", () => {
  it("serves the statistics and the needs analysis, and nothing that must see a change just made", async () => {
    expect(replica).not.toBe(prisma);
    const council = await makeCouncil();
    const actor = await makeActor(council.id, "COMMISSIONER");
    // Not on the replica: the statistics cannot find the council there.
    await expect(getRegisterStatistics(actor)).rejects.toThrow();
    await expect(getNeedsAnalysis(actor)).rejects.toThrow();
    // Everything else reads the primary, where the council is.
    expect(await replica.council.count({ where: { id: council.id } })).toBe(0);
    expect(await prisma.council.count({ where: { id: council.id } })).toBe(1);
    await expect(listContracts(actor, { page: 1 })).resolves.toMatchObject({ total: 0 });
  });
});
