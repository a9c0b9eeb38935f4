/**
 * For the fuzz suites: a count of the rows written in every table of the public schema (by
 * triggers of this test database only), a snapshot of each table's row count and latest
 * updatedAt, and pools of record ids of the actors' own council and of another council.
 */
import { prisma } from "@/lib/db";

export type Snapshot = Map<string, string>;

/**
 * Tables a refused request may still write, each for a reason:
 * (none so far: every refusal in the portal leaves the database as it was).
 */
export const MAY_CHANGE: ReadonlySet<string> = new Set<string>([]);

/**
 * Counts every row inserted, updated or deleted in each public table from now on, in a `fuzz`
 * schema of this test's own database. Finer than row counts (an update, or an insert and a delete,
 * leave the count as it was) and one small read per check; a rolled-back write counts nothing.
 * The function runs as its owner (SECURITY DEFINER): writes made under the row-level security role
 * (portal_app, decision 0045), which has no rights in this schema, are counted too.
 */
export async function countWrites(): Promise<void> {
  const tables = await publicTables();
  await prisma.$executeRawUnsafe(`CREATE SCHEMA fuzz`);
  await prisma.$executeRawUnsafe(`CREATE TABLE fuzz.writes (tbl text PRIMARY KEY, n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION fuzz.count_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    BEGIN
      INSERT INTO fuzz.writes VALUES (TG_TABLE_NAME, 1) ON CONFLICT (tbl) DO UPDATE SET n = fuzz.writes.n + 1;
      RETURN NULL;
    END $$`);
  for (const { table_name: t } of tables)
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION fuzz.count_write()`,
    );
}

/** Rows written per table since countWrites. */
export async function writes(): Promise<Snapshot> {
  const rows = await prisma.$queryRawUnsafe<{ tbl: string; n: string }[]>(
    `SELECT tbl, n::text AS n FROM fuzz.writes`,
  );
  return new Map(rows.map((r) => [r.tbl, r.n]));
}

let snapshotSql: string | undefined;

const publicTables = () => prisma.$queryRaw<{ table_name: string; has_updated: boolean }[]>`
    SELECT table_name::text AS table_name, bool_or(column_name = 'updatedAt') AS has_updated
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    GROUP BY 1 ORDER BY 1`;

async function buildSnapshotSql(): Promise<string> {
  const columns = await publicTables();
  return columns
    .map(
      ({ table_name: t, has_updated }) =>
        `SELECT '${t}' AS t, count(*)::text || ' ' || ${has_updated ? `coalesce(max("updatedAt")::text, '-')` : `'-'`} AS v FROM "${t}"`,
    )
    .join(" UNION ALL ");
}

/** Every public table: "rows latestUpdatedAt". */
export async function snapshotTables(): Promise<Snapshot> {
  snapshotSql ??= await buildSnapshotSql();
  const rows = await prisma.$queryRawUnsafe<{ t: string; v: string }[]>(snapshotSql);
  return new Map(rows.map((r) => [r.t, r.v]));
}

/** The tables whose rows or latest update differ (those in MAY_CHANGE excepted), with before and after. */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
  mayChange: ReadonlySet<string> = MAY_CHANGE,
) {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((t) => !mayChange.has(t) && before.get(t) !== after.get(t))
    .map((t) => `${t}: ${before.get(t)} -> ${after.get(t)}`);
}

export interface IdPools {
  own: string[];
  foreign: string[];
  ownSet: ReadonlySet<string>;
  /**
   * Another council's organisations: an organisation may work with several councils, so linking
   * one to the actor's council (linkOrganisationAction) rightly succeeds.
   */
  sharedSet: ReadonlySet<string>;
}

/**
 * Ids of records of each council: every table with a councilId, plus the users and organisations
 * that belong to that council only. Foreign ids are what an id swap would try.
 */
export async function idPools(ownCouncilId: string, foreignCouncilId: string): Promise<IdPools> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name::text AS table_name FROM information_schema.columns c
    JOIN information_schema.columns i ON i.table_schema = c.table_schema AND i.table_name = c.table_name
      AND i.column_name = 'id'
    WHERE c.table_schema = 'public' AND c.column_name = 'councilId'`;
  const pool = async (councilId: string, otherId: string) => {
    const found: string[] = [];
    for (const { table_name: t } of tables) {
      const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id::text AS id FROM "${t}" WHERE "councilId" = $1 ORDER BY id LIMIT 8`,
        councilId,
      );
      found.push(...rows.map((r) => r.id));
    }
    const users = await prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT "userId" AS id FROM "Membership" m WHERE "councilId" = ${councilId}
        AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."userId" = m."userId" AND o."councilId" = ${otherId})
      LIMIT 12`;
    const organisations = await prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT "organisationId" AS id FROM "OrganisationCouncil" m WHERE "councilId" = ${councilId}
        AND NOT EXISTS (SELECT 1 FROM "OrganisationCouncil" o
          WHERE o."organisationId" = m."organisationId" AND o."councilId" = ${otherId})
      LIMIT 8`;
    return { ids: [...found, ...users.map((r) => r.id)], organisations: organisations.map((r) => r.id) };
  };
  const own = await pool(ownCouncilId, foreignCouncilId);
  const foreign = await pool(foreignCouncilId, ownCouncilId);
  return {
    own: [...own.ids, ...own.organisations],
    foreign: [...foreign.ids, ...foreign.organisations],
    ownSet: new Set([...own.ids, ...own.organisations]),
    sharedSet: new Set(foreign.organisations),
  };
}
