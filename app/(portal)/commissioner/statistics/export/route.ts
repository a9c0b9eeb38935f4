import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { plainText as text } from "@/lib/actions/route-response";
import { getRegisterStatistics } from "@/lib/data/register/get-register-statistics";
import { recordStatisticsExport } from "@/lib/data/register/record-statistics-export";
import { statisticsTable } from "@/lib/domain/statistics-table";
import { statisticsExportRows } from "@/lib/domain/statistics-export-rows";
import { writeCsv } from "@/lib/spreadsheets/write-csv";
import { searchParamsRecord } from "@/lib/schemas/fields";
import { statisticsQuerySchema } from "@/lib/schemas/statistics-query";
import { statisticsWorkbook } from "./statistics-workbook";

export const dynamic = "force-dynamic";

/** The suppressed statistics table as CSV or XLSX: the same numbers the page shows, audited. */
export const GET = defineRoute("export:statistics:council", async (actor, request: NextRequest) => {
  const parsed = statisticsQuerySchema.safeParse(searchParamsRecord(request.nextUrl.searchParams));
  if (!parsed.success) return text(400, parsed.error.issues[0]?.message ?? "That is not a statistics table");
  const params = parsed.data;
  if (!params.format) return text(400, "Choose a format: csv or xlsx");

  const stats = await getRegisterStatistics(actor);
  const query = {
    view: params.view,
    districtId: params.district,
    needTypeId: params.need,
    ageBand: params.ageBand,
  };
  const table = statisticsTable(stats, query);
  if (!table) return text(400, "That district or type of need is not in your council's statistics");
  if (table.withheld)
    return text(400, "This table cannot be published: too few children to keep them anonymous");

  await recordStatisticsExport(actor, { query, format: params.format, title: table.title });
  const { header, rows } = statisticsExportRows(table);
  const day = stats.asOf.toISOString().slice(0, 10);
  const name = `needs-statistics-${params.view}-${day}`;
  if (params.format === "csv") {
    return new Response(writeCsv([header, ...rows]), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  const body = await statisticsWorkbook(table, stats, header, rows);
  return new Response(body, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
      "cache-control": "no-store",
    },
  });
});
