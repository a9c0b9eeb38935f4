/**
 * The England-scale data set, beside the demo data (docs/decisions/0024):
 *
 *   npm run seed:scale                      # a tenth of England (15 councils, 100,000 children, …)
 *   npm run seed:scale -- --full            # England: 150 councils, 1,000,000 children, …
 *   npm run seed:scale -- --councils 150 --children 1000000 --contracts 30000 --returns 300000 \
 *                         --feedback 1000000 --budgets 30000 [--seed england] [--force]
 *
 * Re-runnable: it first removes the councils (slug "scale-…"), users and providers an earlier run
 * made. Generated users (commissioner@scale-001.example, family@scale-001.example, …) have the demo
 * password. Prints a progress bar, then rows and time per table.
 */
import { SingleBar } from "cli-progress";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD, SeedRefusedError, assertLocalDatabase } from "../prisma/seed";
import { ENGLAND, TENTH_OF_ENGLAND, seedScale, type ScaleSizes } from "../prisma/seed-data/scale";

const USAGE =
  "Usage: npm run seed:scale -- [--full] [--councils N] [--children N] [--contracts N] [--returns N] " +
  "[--feedback N] [--budgets N] [--seed TEXT] [--force]";

function parseArgs(argv: string[]): {
  sizes: ScaleSizes;
  seed: string;
  force: boolean;
} {
  const sizes: ScaleSizes = { ...TENTH_OF_ENGLAND };
  let seed = "england";
  let force = process.env.SEED_FORCE === "1";
  if (argv.includes("--full")) Object.assign(sizes, ENGLAND);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--full") continue;
    if (arg === "--force") {
      force = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
    if (arg === "--seed") {
      seed = value;
      continue;
    }
    const key = arg.replace(/^--/, "") as keyof ScaleSizes;
    if (!(key in sizes) || !arg.startsWith("--")) throw new Error(`Unknown option: ${arg}\n${USAGE}`);
    if (!/^\d+$/.test(value)) throw new Error(`${arg} must be a whole number, not "${value}"`);
    sizes[key] = Number(value);
  }
  return { sizes, seed, force };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  try {
    assertLocalDatabase(process.env.DATABASE_URL, args.force);
  } catch (e) {
    if (e instanceof SeedRefusedError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  const { sizes } = args;
  console.log(
    `Generating ${sizes.councils} councils: ${sizes.children} children, ${sizes.contracts} contracts, ` +
      `${sizes.returns} returns, ${sizes.feedback} feedback items, ${sizes.budgets} budgets`,
  );
  const started = performance.now();
  const bar = new SingleBar({
    format: "  councils {bar} {value}/{total} | {rows} rows | {duration}s",
    noTTYOutput: true,
    notTTYSchedule: 10_000,
    hideCursor: true,
  });
  bar.start(sizes.councils, 0, { rows: 0 });
  try {
    const result = await seedScale({
      ...sizes,
      seed: args.seed,
      databaseUrl: process.env.DATABASE_URL!,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      onCouncil: (done, rows) => bar.update(done, { rows }),
    });
    bar.stop();
    console.log(
      `Done in ${seconds(performance.now() - started)}. Rows and time per table (added up over the connections):`,
    );
    const keys = Object.keys(result.milliseconds).sort(
      (a, b) => result.milliseconds[b] - result.milliseconds[a],
    );
    for (const key of keys)
      console.log(
        `  ${key.padEnd(22)} ${String(result.rows[key] || "").padStart(10)}  ${seconds(result.milliseconds[key]).padStart(8)}`,
      );
    console.log("Sign in to a generated council as commissioner@scale-001.example with the demo password.");
    return 0;
  } catch (e) {
    bar.stop();
    console.error(`seed:scale failed: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.SEED_DEBUG && e instanceof Error) console.error(e.stack);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
