import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { plainText as text } from "@/lib/actions/route-response";
import { getRarelyInvolvedReport } from "@/lib/data/involvement/get-rarely-involved-report";
import { recordExport } from "@/lib/data/audit/record-export";
import { rarelyInvolvedExportTable } from "@/lib/domain/involvement/rarely-involved-export";
import { exportResponse } from "@/lib/spreadsheets/export-table";
import { searchParamsRecord } from "@/lib/schemas/fields";
import { rarelyInvolvedQuery } from "@/lib/schemas/involvement-activity";

export const dynamic = "force-dynamic";

/** The report of rarely involved groups as CSV: the page's suppressed cells, formula-safe, audited. */
export const GET = defineRoute("export:involvement-report:council", async (actor, request: NextRequest) => {
  const parsed = rarelyInvolvedQuery.safeParse(searchParamsRecord(request.nextUrl.searchParams));
  if (!parsed.success) return text(400, "Choose from 1 to 8 six-month blocks, and the format csv");
  if (parsed.data.format !== "csv") return text(400, "Choose the format: csv");
  const report = await getRarelyInvolvedReport(actor, parsed.data.blocks);
  if (report.withheld)
    return text(400, "This report cannot be published: too few took part to keep them anonymous");
  await recordExport(actor, {
    action: "involvement-report:export",
    entityType: "InvolvementReport",
    summary: `Exported CSV: groups rarely involved over ${parsed.data.blocks} six-month blocks`,
    metadata: { blocks: parsed.data.blocks, format: "csv" },
  });
  const day = new Date().toISOString().slice(0, 10);
  return exportResponse(rarelyInvolvedExportTable(report), "csv", `rarely-involved-groups-${day}`);
});
