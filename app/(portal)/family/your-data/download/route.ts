import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { getFamilyDataExport } from "@/lib/data/register/family-data-export";
import { recordExport } from "@/lib/data/audit/record-export";

export const dynamic = "force-dynamic";

/** Everything held about the signed-in family, as a JSON file (audited, ids only). */
export const GET = defineRoute("export:child:own", async (actor) => {
  const data = await getFamilyDataExport(actor);
  await recordExport(actor, {
    action: "family-data:export",
    entityType: "Family",
    entityId: actor.familyId,
    summary: "Downloaded everything held about their family (JSON)",
    metadata: { children: data.children.length, format: "json" },
  });
  const day = data.generatedAt.slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="our-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
