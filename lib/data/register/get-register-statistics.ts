import "server-only";
import type { Actor } from "../../auth/actor";
import { replica as prisma, Prisma } from "../../db";
import { AGE_BANDS, birthDateRange } from "../../domain/age-band";
import { CountCube } from "../../domain/count-cube";
import { startOfUtcDay } from "../../domain/dates";
import type { RegisterStatistics } from "../../domain/statistics-table";
import { suppressRegisterCounts, type RegisterCountsInput } from "../../domain/suppress-register-counts";

export interface RegisterStatisticsOptions {
  /** The moment the statistics describe; ages are worked out on its UTC date. Default: now. */
  now?: Date;
}

/** The register's anonymous statistics for the actor's own council, suppressed for display. */
export function getRegisterStatistics(
  actor: Actor,
  options: RegisterStatisticsOptions = {},
): Promise<RegisterStatistics> {
  return registerStatisticsForCouncil(actor.councilId, options);
}

interface CountRow {
  districtId: string;
  band: number;
  /** Bit mask of the children's needs, as text (a bigint). */
  needs: string;
  n: number;
}

/**
 * Counts ACTIVE children only (withdrawn, aged-out and erased never count), in one aggregate query:
 * children by district × age band and child–need pairs by district × age band × need.
 * For the public page too, through getPublishedRegisterStatistics (which resolves the council).
 */
export async function registerStatisticsForCouncil(
  councilId: string,
  options: RegisterStatisticsOptions = {},
): Promise<RegisterStatistics> {
  const now = options.now ?? new Date();
  const day = startOfUtcDay(now);
  const ranges = AGE_BANDS.map((b) => birthDateRange(b.band, day));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  // Bands are consecutive and youngest first: a child is in the first band whose earliest birth
  // date they are born on or after (the outer WHERE keeps only ages 0 to 19).
  const band = Prisma.sql`CASE ${Prisma.join(
    ranges.map((r, i) => Prisma.sql`WHEN ch."dateOfBirth" >= ${iso(r.from)}::date THEN ${i}::int`),
    " ",
  )} END`;
  const oldest = ranges[ranges.length - 1].from;
  const youngest = ranges[0].to;

  // Needs first: the count query numbers them (at most 62, the bits of a bigint).
  const needTypes = await prisma.needType.findMany({
    where: { councilId },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  if (needTypes.length > 62) throw new Error("Statistics support at most 62 types of need");
  const needIds = needTypes.map((t) => t.id);

  const [council, districts, rows, population] = await Promise.all([
    prisma.council.findUniqueOrThrow({
      where: { id: councilId },
      select: { name: true, statisticsThreshold: true },
    }),
    prisma.district.findMany({
      where: { councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    // One row per district × age band × combination of needs: each child is first reduced to a
    // bit mask of its needs (bit i = needIds[i]), so one pass gives children and needs alike.
    prisma.$queryRaw<CountRow[]>`
      SELECT c."districtId", c.band, c.needs::text AS needs, count(*)::int AS n
      FROM (
        SELECT ch."districtId", ${band} AS band,
               COALESCE(bit_or(1::bigint << (array_position(${needIds}::text[], cn."needTypeId") - 1)), 0) AS needs
        FROM "Child" ch
        LEFT JOIN "ChildNeed" cn ON cn."childId" = ch.id AND cn."councilId" = ${councilId}
        WHERE ch."councilId" = ${councilId}
          AND ch.status = 'ACTIVE'
          AND ch."dateOfBirth" >= ${iso(oldest)}::date
          AND ch."dateOfBirth" < ${iso(youngest)}::date
        GROUP BY ch.id
      ) c
      GROUP BY 1, 2, 3`,
    prisma.districtPopulation.findMany({
      where: { councilId },
      select: { districtId: true, year: true, ageBand: true, population: true },
    }),
  ]);

  const D = districts.length;
  const A = AGE_BANDS.length;
  const N = needTypes.length;
  const districtAt = new Map(districts.map((d, i) => [d.id, i]));
  const childCounts = new Array<number>(D * A).fill(0);
  const needCounts = new Array<number>(D * A * N).fill(0);
  const withoutNeeds = new Array<number>(D * A).fill(0);
  for (const r of rows) {
    const d = districtAt.get(r.districtId);
    if (d === undefined || r.band === null) continue;
    const at = d * A + r.band;
    childCounts[at] += r.n;
    const mask = BigInt(r.needs);
    if (mask === BigInt(0)) withoutNeeds[at] += r.n;
    for (let n = 0; n < N; n++) if ((mask >> BigInt(n)) & BigInt(1)) needCounts[at * N + n] += r.n;
  }

  const { children, needs } = suppressCached(
    { districts: D, ageBands: A, needs: N, children: childCounts, needCounts, withoutNeeds },
    council.statisticsThreshold,
  );

  const latestYear = population.reduce<number | null>(
    (y, p) => (y === null || p.year > y ? p.year : y),
    null,
  );
  const popInner: (number | null)[] = new Array(D * A).fill(null);
  for (const p of population) {
    const d = districtAt.get(p.districtId);
    const a = AGE_BANDS.findIndex((b) => b.band === p.ageBand);
    if (p.year === latestYear && d !== undefined && a >= 0) popInner[d * A + a] = p.population;
  }
  const popCube = new CountCube([D, A]);
  const popTotals = popCube.withTotals(popInner.map((p) => p ?? 0));
  const popMissing = popCube.withTotals(popInner.map((p) => (p === null ? 1 : 0)));

  return {
    councilName: council.name,
    threshold: children.threshold,
    asOf: now,
    populationYear: latestYear,
    districts,
    needTypes,
    children,
    needs,
    population: popTotals.map((p, i) => (popMissing[i] ? null : p)),
  };
}

/**
 * Suppression depends only on the counts and the threshold, and the register changes far less often
 * than the page is read: remember the last few results (the counts are anonymous aggregates).
 */
const recent = new Map<string, ReturnType<typeof suppressRegisterCounts>>();

function suppressCached(input: RegisterCountsInput, threshold: number) {
  const key = JSON.stringify([threshold, input]);
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  const result = suppressRegisterCounts(input, threshold);
  recent.set(key, result);
  if (recent.size > 100) recent.delete(recent.keys().next().value!);
  return result;
}
