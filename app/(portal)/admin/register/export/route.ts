import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { exportRegister } from "@/lib/data/register/export-register";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { EXPORT_FORMATS, exportResponse } from "@/lib/spreadsheets/export-table";

export const dynamic = "force-dynamic";

const searchSchema = z.object({ format: z.enum(EXPORT_FORMATS).default("csv") });

/** The council's register as CSV (the default) or XLSX, for administrators (audited). */
export const GET = defineRoute("export:child:council", async (actor, request: NextRequest) => {
  const { format } = parseSearchParams(searchSchema, request.nextUrl.searchParams);
  const { table } = await exportRegister(actor, format);
  return exportResponse(table, format, `register-${new Date().toISOString().slice(0, 10)}`);
});
