import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getFamilyDataExport } from "@/lib/data/register/family-data-export";

export const dynamic = "force-dynamic";

/** Everything held about the signed-in family, as a JSON file. */
export async function GET() {
  const actor = await getActor();
  try {
    requirePermission(actor, "export:child:own");
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: "Not found" }, { status: 404 });
    throw e;
  }
  const data = await getFamilyDataExport(actor!);
  const day = data.generatedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="our-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
