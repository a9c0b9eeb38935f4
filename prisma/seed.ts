/**
 * Demo data for the Short Breaks Commissioning Portal: two fictional councils (Northshire, a county,
 * and Eastbrook, a borough) with a user for every role and enough work in progress that every
 * dashboard has something to do; then, around those named records, thousands of generated children,
 * contracts with their returns, and feedback, so statistics and charts show real numbers
 * (seed-data/volume.ts, docs/decisions/0024).
 *
 *   npm run db:seed                                  # seed an empty local database
 *   npm run with-db -- tsx prisma/seed.ts --reset    # wipe every table, then seed
 *   ... --force (or SEED_FORCE=1)                    # allow a database that is not on this machine
 *
 * All dates are relative to "now", so the to-dos stay current; the data is otherwise the same on
 * every run (a seeded PRNG, never Math.random). Money is always built from decimal strings.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prisma, Prisma } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { seedJobHistory, seedSentEmail } from "./seed-data/jobs";
import { seedAudit, seedNotifications } from "./seed-data/activity";
import { seedAnnouncements } from "./seed-data/announcements";
import { seedBudgets } from "./seed-data/budgets";
import { seedSpecifications } from "./seed-data/commissioning";
import type { CouncilRun, SeededUser, SeedRun, Tx } from "./seed-data/context";
import { user } from "./seed-data/context";
import { seedContracts } from "./seed-data/contracts";
import { startOfUtcDay } from "./seed-data/dates";
import { seedDemoVolume, seedVolumeOrganisations } from "./seed-data/demo-volume";
import type { CouncilDef } from "./seed-data/definitions";
import { EASTBROOK } from "./seed-data/eastbrook";
import { seedFeedback } from "./seed-data/feedback";
import { seedInvolvement } from "./seed-data/involvement";
import { seedPriorities } from "./seed-data/priorities";
import { NORTHSHIRE } from "./seed-data/northshire";
import { seedOrganisations } from "./seed-data/organisations";
import { seedMultiCouncilUser, seedPlatformAdmin, seedUsers } from "./seed-data/people";
import { Rng } from "./seed-data/random";
import { COUNCIL_SETTINGS, seedCouncilCore, seedServiceTypes, seedStatement } from "./seed-data/reference";
import { planRegister, seedChildren, seedFamilies } from "./seed-data/register";
import { seedServices } from "./seed-data/services";
import { seedDirectory } from "./seed-data/directory";

/** Every demo user's password. */
export const DEMO_PASSWORD = "ShortBreaks-Demo-2026";

export const DEMO_COUNCILS: CouncilDef[] = [NORTHSHIRE, EASTBROOK];

export interface SeedOptions {
  /** The moment the data is built around (default: now). */
  now?: Date;
  /** Empty every table first. */
  reset?: boolean;
  /** Allow a database that is not on this machine (default: SEED_FORCE=1). */
  force?: boolean;
  /** Print nothing. */
  quiet?: boolean;
}

export interface CouncilSummary {
  slug: string;
  name: string;
  users: number;
  organisations: number;
  families: number;
  children: number;
  services: number;
  specifications: number;
  tenders: number;
  contracts: number;
  returnPeriods: number;
  outcomeReturns: number;
  feedback: number;
}

export interface SeedResult {
  seeded: boolean;
  councils: CouncilSummary[];
  milliseconds: number;
}

export const ALREADY_SEEDED = "Database already has data; nothing seeded (use --reset to wipe and reseed)";

/** Thrown when the seed will not touch the database it was pointed at. */
export class SeedRefusedError extends Error {}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Refuses a database on another machine unless forced. A Unix-socket URL (no host) counts as local. */
export function assertLocalDatabase(databaseUrl: string | undefined, force: boolean): void {
  if (!databaseUrl) {
    throw new SeedRefusedError(
      "DATABASE_URL is not set. Run the seed with `npm run db:seed`, which starts the local database.",
    );
  }
  let host: string;
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    throw new SeedRefusedError("DATABASE_URL is not a valid URL.");
  }
  if (host === "" || LOCAL_HOSTS.has(host) || force) return;
  throw new SeedRefusedError(
    `Refusing to seed: DATABASE_URL points at "${host}", which is not this machine. Demo data is for local databases; ` +
      "pass --force or set SEED_FORCE=1 if you really mean to load it there.",
  );
}

export async function seed(opts: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const log = opts.quiet ? () => {} : (line: string) => console.log(line);
  assertLocalDatabase(process.env.DATABASE_URL, opts.force ?? process.env.SEED_FORCE === "1");
  const now = opts.now ?? new Date();

  if (!opts.reset && (await prisma.council.count()) > 0) {
    log(ALREADY_SEEDED);
    return { seeded: false, councils: [], milliseconds: performance.now() - started };
  }

  // Hashed once (argon2id is slow on purpose) and shared by every demo user.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // One transaction: a failure part-way leaves the database as it was, not half seeded.
  const councils = await prisma.$transaction(
    async (tx) => {
      if (opts.reset) await truncateAll(tx);
      else if ((await tx.council.count()) > 0)
        throw new Error("another process seeded the database at the same time");
      const serviceTypes = await seedServiceTypes(tx);
      const organisations = await seedOrganisations(tx);
      const base: SeedRun = { tx, now, today: startOfUtcDay(now), passwordHash, serviceTypes, organisations };
      const volumeOrganisations = await seedVolumeOrganisations(tx, now);
      const summaries: CouncilSummary[] = [];
      for (const def of DEMO_COUNCILS) summaries.push(await seedCouncil(base, def, volumeOrganisations));
      await seedJobHistory(tx, now);
      const councilIds = await tx.council.findMany({ orderBy: { name: "asc" }, select: { id: true } });
      await seedMultiCouncilUser(
        tx,
        passwordHash,
        councilIds.map((c) => c.id),
        now,
      );
      await seedPlatformAdmin(tx, passwordHash, councilIds[councilIds.length - 1].id, now);
      return summaries;
    },
    { timeout: 120_000, maxWait: 15_000 },
  );

  const result = { seeded: true, councils, milliseconds: performance.now() - started };
  printSummary(log, result);
  return result;
}

/** Empties every table of the public schema except Prisma's migration history. */
async function truncateAll(tx: Tx): Promise<void> {
  const tables = await tx.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  if (tables.length === 0) return;
  const quoted = tables.map((t) => `"public"."${t.tablename.replace(/"/g, '""')}"`).join(", ");
  await tx.$executeRaw`TRUNCATE TABLE ${Prisma.raw(quoted)} RESTART IDENTITY CASCADE`;
}

async function seedCouncil(
  base: SeedRun,
  def: CouncilDef,
  volumeOrganisations: string[],
): Promise<CouncilSummary> {
  const { tx, now } = base;
  const core = await seedCouncilCore(tx, def, base.organisations, now);
  const plan = planRegister(def, new Rng(`${def.slug}:register`));
  const families = await seedFamilies(tx, core.councilId, plan, now);
  const users = await seedUsers(
    tx,
    def,
    core.councilId,
    base.passwordHash,
    base.organisations,
    families,
    now,
  );

  // The first staff user of each organisation acts for it here (submits returns, asks questions).
  const orgStaff: Record<string, SeededUser> = {};
  for (const u of def.users) if (u.org && !orgStaff[u.org]) orgStaff[u.org] = users[u.local];
  const demoOrgKey = def.users.find((u) => u.local === "provider")?.org;
  if (!demoOrgKey) throw new Error(`seed: ${def.slug} has no demo provider`);

  const run: CouncilRun = {
    ...base,
    councilId: core.councilId,
    slug: def.slug,
    name: def.name,
    refPrefix: def.refPrefix,
    returnDueDays: COUNCIL_SETTINGS.returnDueDays,
    retentionDays: COUNCIL_SETTINGS.retentionDays,
    statisticsThreshold: COUNCIL_SETTINGS.statisticsThreshold,
    rng: (label) => new Rng(`${def.slug}:${label}`),
    districts: core.districts,
    districtByCode: Object.fromEntries(core.districts.map((d) => [d.code, d.id])),
    needTypes: core.needTypes,
    themes: core.themes,
    consentStatementId: core.consentStatementId,
    users,
    demoFamilyId: families.demo,
    secondFamilyId: families.second,
    demoOrgKey,
    orgStaff,
    children: [],
    services: [],
    contracts: [],
  };

  await seedChildren(run, plan);
  await seedServices(run, def);
  await seedSpecifications(run, def);
  await seedContracts(run, def);
  await seedAnnouncements(run, def.forumVenue);
  await seedBudgets(run);
  await seedFeedback(run);
  await seedStatement(run, def);
  await seedInvolvement(run, def.participationTeam);
  await seedPriorities(run);
  await seedNotifications(
    run,
    def.specifications.some((s) => s.tender?.stage === "evaluation"),
  );
  await seedAudit(run);
  // E-mail choices (issue 17): the second provider turned bid reminders off, the second family budget reviews.
  await run.tx.emailOptOut.createMany({
    data: [
      { userId: user(run, "provider2").userId, kind: "bid-deadlines" },
      { userId: user(run, "family2").userId, kind: "budget-reviews" },
    ],
  });
  await seedSentEmail(
    run.tx,
    run.councilId,
    ["commissioner2", "provider2"].map((local) => user(run, local).email),
    run.now,
  );
  // Last, so that no named record (needs snapshots, picks of the seeded PRNGs) depends on it.
  await seedDemoVolume(run, def, volumeOrganisations);
  await seedDirectory(run, volumeOrganisations);

  const scope = { councilId: run.councilId };
  const [
    returnPeriods,
    outcomeReturns,
    feedback,
    tenders,
    familyCount,
    children,
    contracts,
    organisations,
    services,
  ] = await Promise.all([
    tx.returnPeriod.count({ where: scope }),
    tx.outcomeReturn.count({ where: scope }),
    tx.feedback.count({ where: scope }),
    tx.tender.count({ where: scope }),
    tx.family.count({ where: scope }),
    tx.child.count({ where: scope }),
    tx.contract.count({ where: scope }),
    tx.organisationCouncil.count({ where: scope }),
    tx.service.count({ where: scope }),
  ]);
  return {
    slug: def.slug,
    name: def.name,
    users: def.users.length,
    organisations,
    families: familyCount,
    children,
    services,
    specifications: def.specifications.length,
    tenders,
    contracts,
    returnPeriods,
    outcomeReturns,
    feedback,
  };
}

/** Counts only: never personal details of children or families. */
function printSummary(log: (line: string) => void, result: SeedResult): void {
  log(`Seeded demo data in ${(result.milliseconds / 1000).toFixed(1)} s`);
  for (const c of result.councils) {
    log(
      `  ${c.name} (${c.slug}): ${c.users} users, ${c.organisations} organisations, ${c.families} families, ` +
        `${c.children} children, ${c.services} directory listings, ${c.specifications} specifications, ${c.tenders} tenders, ` +
        `${c.contracts} contracts, ${c.returnPeriods} return periods, ${c.outcomeReturns} returns, ${c.feedback} feedback items`,
    );
  }
  log(
    `Sign in as <role>@<council>.example, e.g. commissioner@northshire.example, with the password ${DEMO_PASSWORD}`,
  );
  log(
    "  roles: family, young-commissioner, provider, commissioner, social-worker, admin (extra: family2, provider2, commissioner2, young-commissioner2, young-commissioner3)",
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--reset" && a !== "--force");
  if (unknown.length > 0) {
    console.error(`Unknown option: ${unknown.join(" ")}\nUsage: tsx prisma/seed.ts [--reset] [--force]`);
    return 2;
  }
  try {
    await seed({
      reset: args.includes("--reset"),
      force: args.includes("--force") || process.env.SEED_FORCE === "1",
    });
    return 0;
  } catch (e) {
    if (e instanceof SeedRefusedError) console.error(e.message);
    else {
      console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.SEED_DEBUG && e instanceof Error) console.error(e.stack);
    }
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
