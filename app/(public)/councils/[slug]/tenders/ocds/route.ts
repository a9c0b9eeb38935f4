import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { releasePackage } from "@/lib/domain/ocds/tender-release";

export const dynamic = "force-dynamic";

/** The council's tenders, awards and contracts as an OCDS 1.1 release package (public). */
export async function GET(request: NextRequest, { params }: RouteContext<"/councils/[slug]/tenders/ocds">) {
  requirePermission(await getActor(), "read:tender:public");
  const { slug } = await params;
  const data = await listPublicTenders(slug);
  if (!data)
    return new Response("Page not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const body = releasePackage(data.council, data.tenders, request.nextUrl.href);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `inline; filename="${slug}-ocds-release-package.json"`,
    },
  });
}
