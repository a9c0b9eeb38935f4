import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import type { StatisticsQuery } from "../../domain/statistics-table";
import { recordAudit } from "../audit/record-audit";

export interface StatisticsExport {
  query: StatisticsQuery;
  format: "csv" | "xlsx";
  /** The title of the table exported, for people reading the audit log. */
  title: string;
}

/** Audits an export of the (suppressed) statistics: who, which table, which format, when. */
export async function recordStatisticsExport(actor: Actor, exported: StatisticsExport): Promise<void> {
  await recordAudit(prisma, actor, {
    action: "statistics:export",
    entityType: "Statistics",
    summary: `Exported ${exported.format.toUpperCase()}: ${exported.title}`,
    metadata: {
      view: exported.query.view,
      districtId: exported.query.districtId ?? null,
      needTypeId: exported.query.needTypeId ?? null,
      ageBand: exported.query.ageBand ?? null,
      format: exported.format,
    },
  });
}
