import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { plainText } from "@/lib/actions/route-response";
import { getThemeCountsByMonth, recordThemeCountsExport } from "@/lib/data/feedback/theme-counts-by-month";
import { monthLabel } from "@/lib/domain/dates";
import { writeCsv } from "@/lib/spreadsheets/write-csv";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ format: z.enum(["csv", "xlsx"]).optional() });

/** Theme counts by month as CSV or XLSX: the numbers the trends page shows, audited. */
export const GET = defineRoute("export:feedback:council", async (actor, request: NextRequest) => {
  const { format } = parseSearchParams(searchSchema, request.nextUrl.searchParams);
  if (!format) return plainText(400, "Choose a format: csv or xlsx");

  const data = await getThemeCountsByMonth(actor);
  await recordThemeCountsExport(actor, format);
  const header = ["Theme", ...data.months.map(monthLabel), "Total"];
  const rows: (string | number)[][] = [
    ...data.rows.map((r) => [r.name, ...r.counts, r.total]),
    ["All feedback received", ...data.received, data.received.reduce((a, b) => a + b, 0)],
  ];
  const name = `feedback-themes-by-month-${data.months.at(-1)}`;
  if (format === "csv") {
    return new Response(writeCsv([header, ...rows]), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  const body = await writeXlsx([
    { name: "Themes by month", header: true, frozenColumns: 1, rows: [header, ...rows], widths: [34] },
    {
      name: "About",
      widths: [14, 100],
      rows: [
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
    },
  ]);
  return new Response(body, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
      "cache-control": "no-store",
    },
  });
});
