/**
 * The demo councils' volume (docs/decisions/0024): thousands of register children, contracts with
 * years of accepted returns, and feedback, added after every named record so none of them changes.
 * Written in batches inside the seed's transaction (writeVolumeRows).
 */
import { user, type CouncilRun, type Tx } from "./context";
import type { CouncilDef } from "./definitions";
import { COUNCIL_SETTINGS } from "./reference";
import { Rng } from "./random";
import { Prisma } from "../../lib/db";
import {
  IdSource,
  VOLUME_TABLES,
  VOLUME_TABLE_NAMES,
  generateOrganisations,
  generateVolume,
  type VolumeRows,
} from "./volume";

/** Rows per INSERT. */
const BATCH = 5000;

/** Providers that hold the demo councils' volume contracts (no users: the named providers keep theirs). */
export const DEMO_VOLUME_ORGANISATIONS = 12;
export const DEMO_VOLUME_DOMAIN = "providers.example";

/** Creates the volume providers (global) and returns their ids. */
export async function seedVolumeOrganisations(tx: Tx, now: Date): Promise<string[]> {
  const rows = generateOrganisations(
    DEMO_VOLUME_ORGANISATIONS,
    DEMO_VOLUME_DOMAIN,
    new Rng("demo:volume-organisations"),
    new IdSource(),
    now,
  );
  await tx.organisation.createMany({ data: rows });
  return rows.map((r) => r.id as string);
}

export async function seedDemoVolume(
  run: CouncilRun,
  def: CouncilDef,
  organisationIds: string[],
): Promise<void> {
  if (!def.volume) return;
  const { tx, councilId, now } = run;
  // Each council works with most of the volume providers (a regional market), not all.
  const linked = organisationIds.filter((_, i) => (i + def.slug.length) % 4 !== 0);
  await tx.organisationCouncil.createMany({
    data: linked.map((organisationId, i) => ({
      organisationId,
      councilId,
      status: "APPROVED" as const,
      approvedAt: new Date(now.getTime() - (400 + i * 90) * 86_400_000),
      createdAt: new Date(now.getTime() - (430 + i * 90) * 86_400_000),
    })),
  });
  const [receipts, references] = await Promise.all([
    tx.feedback.findMany({ where: { councilId }, select: { receiptCode: true } }),
    tx.contract.findMany({ where: { councilId }, select: { reference: true } }),
  ]);
  const rows = generateVolume(
    {
      councilId,
      refPrefix: def.refPrefix,
      districts: def.districts.map((d) => ({
        id: run.districtByCode[d.code],
        name: d.name,
        prefixes: d.prefixes,
        population: d.population.reduce((a, b) => a + b, 0),
      })),
      needTypes: run.needTypes,
      themes: run.themes,
      serviceTypes: run.serviceTypes,
      consentStatementId: run.consentStatementId,
      consentUserId: user(run, "family2").userId,
      commissionerUserId: user(run, "commissioner").userId,
      organisationIds: linked,
      schools: def.schools,
      returnDueDays: COUNCIL_SETTINGS.returnDueDays,
      takenReceiptCodes: new Set(receipts.map((r) => r.receiptCode)),
      takenReferences: new Set(references.map((r) => r.reference)),
    },
    def.volume,
    run.rng("volume"),
    now,
  );
  await writeVolumeRows(tx, rows);
}

/**
 * Writes every table of the volume in order through the transaction: each batch is one INSERT of
 * rows read from a single JSON parameter (json_populate_recordset), about ten times faster than
 * createMany here, whose per-row parameters and query compilation took 16 s for the demo volume.
 * Ids and updatedAt are in the rows already (Prisma's client-side defaults do not run on raw SQL).
 */
export async function writeVolumeRows(tx: Tx, rows: VolumeRows): Promise<void> {
  for (const table of VOLUME_TABLES) {
    const all: readonly object[] = rows[table];
    for (let at = 0; at < all.length; at += BATCH)
      await insertJsonBatch(tx, VOLUME_TABLE_NAMES[table], all.slice(at, at + BATCH));
  }
}

async function insertJsonBatch(tx: Tx, table: string, batch: readonly object[]): Promise<void> {
  const columns = [...new Set(batch.flatMap((row) => Object.keys(row)))];
  const list = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  const name = Prisma.raw(`"${table}"`);
  await tx.$executeRaw`INSERT INTO ${name} (${list})
    SELECT ${list} FROM json_populate_recordset(NULL::${name}, ${JSON.stringify(batch)}::json)`;
}
