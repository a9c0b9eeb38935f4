import "server-only";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import type { Actor } from "../../auth/actor";
import { replica as prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import type { RegisterStatistics } from "../../domain/statistics-table";
import { statisticsTable } from "../../domain/statistics-table";
import type { NeedsSnapshot } from "../../domain/specifications/needs-snapshot";
import { registerStatisticsForCouncil } from "../register/get-register-statistics";

export interface DistrictTypeCount {
  districtId: string;
  serviceTypeId: string;
  count: number;
}

export interface NeedsAnalysis {
  takenAt: Date;
  stats: RegisterStatistics;
  serviceTypes: { id: string; name: string }[];
  /** Published directory listings by district and service type (a listing counts in each of its districts). */
  services: DistrictTypeCount[];
  /** Live contracts (started, not ended, not terminated) by district and service type. */
  contracts: DistrictTypeCount[];
  feedbackByTheme: { themeId: string; theme: string; count: number }[];
}

interface Row {
  districtId: string;
  serviceTypeId: string;
  n: number;
}

/** The council's needs picture on one page: a handful of grouped queries, none per row. */
export async function getNeedsAnalysis(actor: Actor, now = new Date()): Promise<NeedsAnalysis> {
  const councilId = actor.councilId;
  const today = startOfUtcDay(now).toISOString().slice(0, 10);
  const [stats, serviceTypes, services, contracts, themes, tags] = await Promise.all([
    registerStatisticsForCouncil(councilId, { now }),
    // The council's types with its labels, retired ones too: old listings and contracts count.
    councilServiceTypeOptions(councilId, "filter"),
    // "_ServiceDistricts": A = District, B = Service.
    prisma.$queryRaw<Row[]>`
      SELECT sd."A" AS "districtId", s."serviceTypeId", count(*)::int AS n
      FROM "Service" s JOIN "_ServiceDistricts" sd ON sd."B" = s.id
      WHERE s."councilId" = ${councilId} AND s.status = 'PUBLISHED'
      GROUP BY 1, 2`,
    // "_ContractDistricts": A = Contract, B = District. Status is worked out from the dates, never stored.
    prisma.$queryRaw<Row[]>`
      SELECT cd."B" AS "districtId", c."serviceTypeId", count(*)::int AS n
      FROM "Contract" c JOIN "_ContractDistricts" cd ON cd."A" = c.id
      WHERE c."councilId" = ${councilId}
        AND c."startDate" <= ${today}::date
        AND c."endDate" >= ${today}::date
        AND (c."terminatedAt" IS NULL OR c."terminatedAt" > ${today}::date)
      GROUP BY 1, 2`,
    prisma.feedbackTheme.findMany({
      where: { councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.feedbackThemeTag.groupBy({ by: ["themeId"], where: { councilId }, _count: { _all: true } }),
  ]);
  const tagCount = new Map(tags.map((t) => [t.themeId, t._count._all]));
  const asCounts = (rows: Row[]) =>
    rows.map((r) => ({ districtId: r.districtId, serviceTypeId: r.serviceTypeId, count: r.n }));
  return {
    takenAt: now,
    stats,
    serviceTypes,
    services: asCounts(services),
    contracts: asCounts(contracts),
    feedbackByTheme: themes.map((t) => ({ themeId: t.id, theme: t.name, count: tagCount.get(t.id) ?? 0 })),
  };
}

/** The figures to keep on a specification: only suppressed counts, names rather than ids. */
export function needsSnapshotOf(analysis: NeedsAnalysis): NeedsSnapshot {
  const { stats } = analysis;
  const byDistrict = statisticsTable(stats, { view: "district-age" })!;
  const allAges = byDistrict.columns.length - 1;
  const districtName = new Map(stats.districts.map((d) => [d.id, d.name]));
  const typeName = new Map(analysis.serviceTypes.map((t) => [t.id, t.name]));
  const named = (rows: DistrictTypeCount[]) =>
    rows
      .map((r) => ({
        district: districtName.get(r.districtId) ?? "Unknown district",
        serviceType: typeName.get(r.serviceTypeId) ?? "Unknown service type",
        count: r.count,
      }))
      .sort((a, b) => a.district.localeCompare(b.district) || a.serviceType.localeCompare(b.serviceType));
  return {
    takenAt: analysis.takenAt.toISOString(),
    threshold: stats.threshold,
    districts: byDistrict.withheld
      ? []
      : byDistrict.rows.map((row) => ({
          district: row.label,
          children: row.cells[allAges].count,
          ratePer1000: row.cells[allAges].ratePer1000,
        })),
    services: named(analysis.services),
    contracts: named(analysis.contracts),
    feedback: analysis.feedbackByTheme.map((f) => ({ theme: f.theme, count: f.count })),
  };
}
