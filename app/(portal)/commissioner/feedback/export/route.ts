import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { plainText } from "@/lib/actions/route-response";
import { getThemeCountsByMonth, recordThemeCountsExport } from "@/lib/data/feedback/theme-counts-by-month";
import { monthLabel } from "@/lib/domain/dates";
import { EXPORT_FORMATS, exportResponse, type ExportTable } from "@/lib/spreadsheets/export-table";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ format: z.enum(EXPORT_FORMATS).optional() });

/** Theme counts by month as CSV or XLSX: the numbers the trends page shows, audited. */
export const GET = defineRoute("export:feedback:council", async (actor, request: NextRequest) => {
  const { format } = parseSearchParams(searchSchema, request.nextUrl.searchParams);
  if (!format) return plainText(400, "Choose a format: csv or xlsx");

  const data = await getThemeCountsByMonth(actor);
  await recordThemeCountsExport(actor, format);
  const table: ExportTable = {
    sheetName: "Themes by month",
    header: ["Theme", ...data.months.map(monthLabel), "Total"],
    rows: [
      ...data.rows.map((r) => [r.name, ...r.counts, r.total]),
      ["All feedback received", ...data.received, data.received.reduce((a, b) => a + b, 0)],
    ],
    frozenColumns: 1,
    widths: [34],
    about: [
      ["Council", actor.councilName],
      [
        "What",
        "Feedback items tagged with each theme, by the calendar month (UTC) the feedback was received.",
      ],
      [
        "Note",
        "One item can have several themes, so theme counts can add up to more than the feedback received.",
      ],
    ],
  };
  return exportResponse(table, format, `feedback-themes-by-month-${data.months.at(-1)}`);
});
