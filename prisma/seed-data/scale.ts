/**
 * The England-scale data set (`npm run seed:scale`, docs/decisions/0024): generated councils with
 * districts, population, need types, themes, consent wording, providers, a commissioner and a family
 * user each, and the volume of volume.ts, written with PostgreSQL's COPY. The generated councils'
 * slugs start with "scale-"; a run first removes everything an earlier run made.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { addDays, addYears } from "./dates";
import { AGE_BANDS, FEEDBACK_THEMES, NEED_TYPES, SERVICE_TYPES, COUNCIL_SETTINGS } from "./reference";
import { Rng } from "./random";
import {
  IdSource,
  VOLUME_TABLES,
  VOLUME_TABLE_NAMES,
  allocate,
  generateOrganisations,
  generateVolume,
  type VolumeCouncil,
} from "./volume";

export const SCALE_SLUG_PREFIX = "scale-";
export const SCALE_DOMAIN = "scale.example";

export interface ScaleSizes {
  councils: number;
  children: number;
  contracts: number;
  returns: number;
  feedback: number;
  budgets: number;
}

/** England: about 150 councils with children's services. */
export const ENGLAND: ScaleSizes = {
  councils: 150,
  children: 1_000_000,
  contracts: 30_000,
  returns: 300_000,
  feedback: 1_000_000,
  budgets: 30_000,
};

/** The default: a tenth of England. */
export const TENTH_OF_ENGLAND: ScaleSizes = {
  councils: 15,
  children: 100_000,
  contracts: 3_000,
  returns: 30_000,
  feedback: 100_000,
  budgets: 3_000,
};

export interface ScaleOptions extends ScaleSizes {
  databaseUrl: string;
  /** Seed of the PRNG (default "england"): the same seed gives the same data apart from ids. */
  seed?: string;
  now?: Date;
  /** Argon2 hash given to the generated users (the demo password's, from the CLI). */
  passwordHash: string;
  /** Connections loading councils side by side (default 2). */
  connections?: number;
  /** Called after each council with how many are done. */
  onCouncil?: (done: number, rows: number) => void;
}

export interface ScaleResult {
  /** Rows written per table (PostgreSQL names). */
  rows: Record<string, number>;
  /**
   * Milliseconds per table (COPY, including turning rows into text), plus "generate" and "clear",
   * added up over the connections (so they can add up to more than the run took).
   */
  milliseconds: Record<string, number>;
  councilIds: string[];
}

/** Rough share of children in a council's area who are on its register of disabled children. */
const REGISTER_PREVALENCE = 0.05;
/** Share of children aged 0–4, 5–10, 11–15 and 16–19 in the population (ONS mid-year estimates). */
const POPULATION_AGE_SHARES = [0.24, 0.31, 0.25, 0.2];

const PLACE_STEMS =
  "Ash Bram Cal Dun Elm Fern Glen Hal Ivy Kes Lang Mar Nor Oak Pen Quen Ros Sel Thorn Up Wey Yar Ald Bex Cor".split(
    " ",
  );
const PLACE_ENDS = ["shire", "ford", "bury", "ham", "wick", "field", "ton", "borough"];
const DISTRICT_WORDS = [
  "North",
  "South",
  "East",
  "West",
  "Central",
  "Upper",
  "Lower",
  "Vale",
  "Moor",
  "Coast",
];
const SCHOOLS = [
  "Primary school",
  "Secondary school",
  "Special school",
  "Academy",
  "Sixth form college",
  "Home educated",
];

function checkSizes(s: ScaleSizes): void {
  for (const key of Object.keys(ENGLAND) as (keyof ScaleSizes)[]) {
    const value = s[key];
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} must be a whole number, 0 or more`);
  }
  if (s.councils < 1) throw new Error("--councils must be at least 1");
  if (s.councils > 999) throw new Error("--councils must be at most 999");
  if (s.returns > 0 && s.contracts === 0) throw new Error("--returns needs --contracts");
  if (s.returns > s.contracts * 20)
    throw new Error("--returns can be at most 40 per contract (ten years of quarters)");
  if (s.budgets > s.children) throw new Error("--budgets can be at most --children");
}

/**
 * Removes every council an earlier run made (slug "scale-…"), with its records, users and providers.
 * With `fast` (a superuser), deletes run without the per-row foreign-key triggers, and rows of other
 * tables left pointing at deleted ones (many-to-many links, sessions) are removed after, by
 * anti-joins: minutes faster at England scale than cascading row by row.
 */
export async function clearScaleData(client: pg.Client, fast = false): Promise<number> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Council" WHERE slug LIKE $1`, [
    `${SCALE_SLUG_PREFIX}%`,
  ]);
  const ids = rows.map((r) => r.id);
  const fks = (
    await client.query<{ from: string; column: string; to: string; toColumn: string }>(
      `SELECT c.conrelid::regclass::text AS from, a.attname AS column,
              c.confrelid::regclass::text AS to, af.attname AS "toColumn"
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND cardinality(c.conkey) = 1`,
    )
  ).rows.map((r) => ({ ...r, from: r.from.replace(/"/g, ""), to: r.to.replace(/"/g, "") }));
  const tables = (
    await client.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'councilId' AND table_name <> 'Council'`,
    )
  ).rows.map((r) => r.table);
  await client.query("BEGIN");
  try {
    if (fast) await client.query("SET LOCAL session_replication_role = replica");
    if (ids.length > 0) {
      // Every table with a councilId, those that refer to others first (foreign keys say the order).
      for (const table of deleteOrder(tables, fks))
        await client.query(`DELETE FROM "${table}" WHERE "councilId" = ANY($1::text[])`, [ids]);
      await client.query(`DELETE FROM "Council" WHERE id = ANY($1::text[])`, [ids]);
    }
    await client.query(`DELETE FROM "User" WHERE email LIKE $1`, [`%@${SCALE_SLUG_PREFIX}%.example`]);
    await client.query(`DELETE FROM "Organisation" WHERE email LIKE $1`, [`%.${SCALE_DOMAIN}`]);
    if (fast) {
      // What the skipped cascades would have removed: rows of tables without a councilId whose
      // reference now points nowhere. Repeated until nothing moves (a session of a membership, …).
      const others = fks.filter((f) => !tables.includes(f.from) && f.from !== "Council");
      for (let removed = 1; removed > 0;) {
        removed = 0;
        for (const f of others) {
          const r = await client.query(
            `DELETE FROM "${f.from}" t WHERE t."${f.column}" IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM "${f.to}" x WHERE x."${f.toColumn}" = t."${f.column}")`,
          );
          removed += r.rowCount ?? 0;
        }
      }
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  }
  return ids.length;
}

/** Tables in an order where each comes before every table it refers to. */
export function deleteOrder(
  tables: readonly string[],
  refs: readonly { from: string; to: string }[],
): string[] {
  const set = new Set(tables);
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.has(t) || path.has(t)) return;
    path.add(t);
    // Whoever refers to t is deleted before t.
    for (const r of refs) if (r.to === t && r.from !== t && set.has(r.from)) visit(r.from, path);
    path.delete(t);
    done.add(t);
    order.push(t);
  };
  for (const t of [...tables].sort()) visit(t, new Set());
  return order;
}

/** One value in COPY's text format. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v))
    return copyText(`{${v.map((x) => `"${String(x).replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
  return copyText(String(v));
}

function copyText(s: string): string {
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : s;
}

/** Writes rows into a table with COPY FROM STDIN; the columns are the keys the rows have. */
export async function copyRows(client: pg.Client, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  function* chunks() {
    const lines: string[] = [];
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      lines.push(columns.map((c) => copyValue(r[c])).join("\t"));
      if (lines.length === 2000) {
        yield lines.join("\n") + "\n";
        lines.length = 0;
      }
    }
    if (lines.length) yield lines.join("\n") + "\n";
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

interface CouncilPlan {
  index: number;
  slug: string;
  name: string;
  refPrefix: string;
  sizes: Omit<ScaleSizes, "councils">;
}

/** Councils with sizes spread by a skewed weight (a few large counties, many small boroughs). */
export function planCouncils(sizes: ScaleSizes, rng: Rng): CouncilPlan[] {
  const weights = Array.from({ length: sizes.councils }, () => Math.exp(0.6 * gaussian(rng)));
  const children = allocate(sizes.children, weights);
  const contracts = allocate(sizes.contracts, weights);
  const returns = allocate(sizes.returns, contracts);
  const feedback = allocate(sizes.feedback, weights);
  const budgets = allocate(sizes.budgets, children);
  const names = new Set<string>();
  return weights.map((_, i) => {
    let name: string;
    do name = `${rng.pick(PLACE_STEMS)}${rng.pick(PLACE_ENDS)}`;
    while (names.has(name) && names.size < PLACE_STEMS.length * PLACE_ENDS.length);
    if (names.has(name)) name = `${name} ${i + 1}`;
    names.add(name);
    const kind = children[i] > sizes.children / sizes.councils ? "County Council" : "Borough Council";
    return {
      index: i,
      slug: `${SCALE_SLUG_PREFIX}${String(i + 1).padStart(3, "0")}`,
      name: `${name} ${kind} (scale test)`,
      refPrefix: `S${String(i + 1).padStart(3, "0")}`,
      sizes: {
        children: children[i],
        contracts: contracts[i],
        returns: returns[i],
        feedback: feedback[i],
        budgets: Math.min(budgets[i], children[i]),
      },
    };
  });
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

export async function seedScale(options: ScaleOptions): Promise<ScaleResult> {
  checkSizes(options);
  const now = options.now ?? new Date();
  const rng = new Rng(`scale:${options.seed ?? "england"}`);
  const ids = new IdSource();
  const result: ScaleResult = { rows: {}, milliseconds: {}, councilIds: [] };
  const time = async <T>(key: string, rows: number, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    result.milliseconds[key] = (result.milliseconds[key] ?? 0) + performance.now() - t0;
    result.rows[key] = (result.rows[key] ?? 0) + rows;
    return out;
  };

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // The generator's rows are consistent by construction: a superuser can skip the per-row
    // foreign-key checks (triggers) while loading and clearing. Others load with them, slower.
    const skipTriggers =
      (
        await client.query<{ su: boolean }>(
          "SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user",
        )
      ).rows[0]?.su === true;
    await time("clear", 0, () => clearScaleData(client, skipTriggers));

    // Service types are global: the same codes as the demo's (reference.ts), made if missing.
    const serviceTypes: Record<string, string> = {};
    for (const [position, [code, name]] of SERVICE_TYPES.entries()) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "ServiceType" (id, code, name, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [ids.next(), code, name, position + 1],
      );
      serviceTypes[code] = rows[0].id;
    }

    const plans = planCouncils(options, rng);
    // Regional providers: about eight per council, each working with two or three neighbours.
    const organisations = generateOrganisations(Math.max(10, plans.length * 8), SCALE_DOMAIN, rng, ids, now);
    await time("Organisation", organisations.length, () => copyRows(client, "Organisation", organisations));

    let totalRows = 0;
    let councilsDone = 0;
    const loadCouncil = async (db: pg.Client, plan: CouncilPlan) => {
      const councilRng = new Rng(`scale:${options.seed ?? "england"}:${plan.slug}`);
      const start = (plan.index * 8) % organisations.length;
      const orgIds = Array.from(
        { length: Math.min(organisations.length, 12) },
        (_, k) => organisations[(start + k - 2 + organisations.length) % organisations.length].id as string,
      );
      const setup = councilSetup(plan, councilRng, ids, now, orgIds, serviceTypes, options.passwordHash);
      const rows = await time("generate", 0, () =>
        generateVolume(setup.volume, plan.sizes, councilRng, now, ids),
      );
      // The family user belongs to the first generated family, as the demo's family2 stands in for all.
      const familyMembership = setup.memberships.find((m) => m.role === "FAMILY");
      if (familyMembership) familyMembership.familyId = (rows.families[0]?.id as string | undefined) ?? null;
      if (!familyMembership?.familyId)
        setup.memberships = setup.memberships.filter((m) => m.role !== "FAMILY");

      await db.query("BEGIN");
      try {
        if (skipTriggers) await db.query("SET LOCAL session_replication_role = replica");
        for (const [table, tableRows] of setup.tables)
          await time(table, tableRows.length, () => copyRows(db, table, tableRows));
        for (const key of VOLUME_TABLES) {
          const table = VOLUME_TABLE_NAMES[key];
          const tableRows: readonly object[] = rows[key];
          await time(table, tableRows.length, () => copyRows(db, table, tableRows));
          totalRows += tableRows.length;
        }
        // After the families: the family user's membership names one.
        await time("Membership", setup.memberships.length, () =>
          copyRows(db, "Membership", setup.memberships),
        );
        await db.query("COMMIT");
      } catch (e) {
        await db.query("ROLLBACK");
        throw e;
      }
      result.councilIds[plan.index] = setup.volume.councilId;
      options.onCouncil?.(++councilsDone, totalRows);
    };

    // Councils load side by side on a few connections: PostgreSQL, not the generator, is the
    // bottleneck, and each connection's backend can use a core of its own.
    const connections = [client];
    try {
      for (let i = 1; i < Math.min(options.connections ?? 2, plans.length); i++) {
        const extra = new pg.Client({ connectionString: options.databaseUrl });
        await extra.connect();
        connections.push(extra);
      }
      let next = 0;
      await Promise.all(
        connections.map(async (db) => {
          while (next < plans.length) await loadCouncil(db, plans[next++]);
        }),
      );
    } finally {
      await Promise.all(connections.slice(1).map((c) => c.end()));
    }
    // Fresh planner statistics for the loaded tables, as after any bulk load: without them the
    // first queries plan as if the tables were as small as before, until autovacuum catches up.
    await time("analyze", 0, () => client.query("ANALYZE"));
    return result;
  } finally {
    await client.end();
  }
}

interface CouncilSetup {
  volume: VolumeCouncil;
  /** Rows of the council's own setup, in the order they can be written. */
  tables: [table: string, rows: object[]][];
  memberships: {
    id: string;
    userId: string;
    councilId: string;
    role: string;
    familyId: string | null;
    updatedAt: Date;
  }[];
}

function councilSetup(
  plan: CouncilPlan,
  rng: Rng,
  ids: IdSource,
  now: Date,
  organisationIds: string[],
  serviceTypes: Record<string, string>,
  passwordHash: string,
): CouncilSetup {
  const councilId = ids.next();
  const year = now.getUTCFullYear();
  const districtCount = rng.int(3, 8);
  const words = rng.sample(DISTRICT_WORDS, districtCount);
  const childPopulation = Math.max(1000, Math.round(plan.sizes.children / REGISTER_PREVALENCE));
  const districtPopulation = allocate(
    childPopulation,
    words.map(() => 0.5 + rng.next()),
  );
  const placeName = plan.name.split(" ")[0];
  const districts = words.map((word, d) => ({
    id: ids.next(),
    councilId,
    code: `D${d + 1}`,
    name: `${placeName} ${word}`,
    postcodePrefixes: [`${plan.refPrefix}${d + 1}`],
  }));
  const population = districts.flatMap((d, i) =>
    allocate(districtPopulation[i], POPULATION_AGE_SHARES).flatMap((n, b) => [
      { id: ids.next(), councilId, districtId: d.id, year, ageBand: AGE_BANDS[b], population: n },
      {
        id: ids.next(),
        councilId,
        districtId: d.id,
        year: year - 1,
        ageBand: AGE_BANDS[b],
        population: Math.round(n * 0.99),
      },
    ]),
  );
  const needTypes = NEED_TYPES.map(([code, name], i) => ({
    id: ids.next(),
    councilId,
    code,
    name,
    position: i + 1,
  }));
  const themes = FEEDBACK_THEMES.map(([code, name]) => ({ id: ids.next(), councilId, code, name }));
  const consentStatementId = ids.next();
  const users = (["commissioner", "family"] as const).map((local) => ({
    id: ids.next(),
    email: `${local}@${plan.slug}.example`,
    name: local === "commissioner" ? `Commissioner of ${placeName}` : `Parent in ${placeName}`,
    passwordHash,
    updatedAt: now,
  }));
  const services = organisationIds.map((organisationId, k) => {
    const [code, typeName] = SERVICE_TYPES[(plan.index + k) % SERVICE_TYPES.length];
    return {
      id: ids.next(),
      councilId,
      organisationId,
      serviceTypeId: serviceTypes[code],
      name: `${typeName} – ${districts[k % districts.length].name}`,
      description: `${typeName} for disabled children and young people in ${districts[k % districts.length].name}.`,
      ageMin: 5,
      ageMax: 18,
      status: "PUBLISHED",
      updatedAt: now,
    };
  });
  return {
    volume: {
      councilId,
      refPrefix: plan.refPrefix,
      districts: districts.map((d, i) => ({
        id: d.id,
        name: d.name,
        prefixes: d.postcodePrefixes,
        population: districtPopulation[i],
      })),
      needTypes: Object.fromEntries(needTypes.map((n) => [n.code, n.id])),
      themes: Object.fromEntries(themes.map((t) => [t.code, t.id])),
      serviceTypes,
      consentStatementId,
      consentUserId: users[1].id,
      commissionerUserId: users[0].id,
      organisationIds,
      schools: SCHOOLS.map((s) => `${placeName} ${s}`),
      returnDueDays: COUNCIL_SETTINGS.returnDueDays,
    },
    tables: [
      [
        "Council",
        [
          {
            id: councilId,
            slug: plan.slug,
            name: plan.name,
            ...COUNCIL_SETTINGS,
            annualBudget: `${Math.max(1, plan.sizes.contracts) * 120_000}.00`,
            contactEmail: `shortbreaks@${plan.slug}.example`,
            createdAt: addYears(now, -2),
            updatedAt: now,
          },
        ],
      ],
      ["District", districts],
      ["DistrictPopulation", population],
      ["NeedType", needTypes],
      ["FeedbackTheme", themes],
      [
        "ConsentStatement",
        [
          {
            id: consentStatementId,
            councilId,
            version: 1,
            text: `${plan.name} keeps a register of disabled children to plan short breaks. (Generated test data.)`,
            publishedAt: addYears(now, -2),
          },
        ],
      ],
      [
        "OrganisationCouncil",
        organisationIds.map((organisationId) => ({
          id: ids.next(),
          organisationId,
          councilId,
          status: "APPROVED",
          approvedAt: addDays(now, -rng.int(200, 2000)),
        })),
      ],
      ["User", users],
      ["Service", services],
      ["_ServiceDistricts", services.map((s, k) => ({ A: districts[k % districts.length].id, B: s.id }))],
    ],
    memberships: users.map((u, k) => ({
      id: ids.next(),
      userId: u.id,
      councilId,
      role: k === 0 ? "COMMISSIONER" : "FAMILY",
      familyId: null,
      updatedAt: now,
    })),
  };
}
