import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { exportRegisterCsv } from "@/lib/data/register/export-register";

export const dynamic = "force-dynamic";

/** The council's register as CSV, for administrators (audited). */
export const GET = defineRoute("export:child:council", async (actor) => {
  const { csv } = await exportRegisterCsv(actor);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="register-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
