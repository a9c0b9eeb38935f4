import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { exportRegisterCsv } from "@/lib/data/register/export-register";

export const dynamic = "force-dynamic";

/** The council's register as CSV, for administrators (audited). */
export async function GET() {
  const actor = await getActor();
  try {
    requirePermission(actor, "export:child:council");
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: "Not found" }, { status: 404 });
    throw e;
  }
  const { csv } = await exportRegisterCsv(actor!);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="register-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
