import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { PAGE_NOT_FOUND, plainText } from "@/lib/actions/route-response";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { releasePackage } from "@/lib/domain/ocds/tender-release";

export const dynamic = "force-dynamic";

/** The council's tenders, awards and contracts as an OCDS 1.1 release package (public). */
export const GET = defineRoute(
  "read:tender:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/councils/[slug]/tenders/ocds">) => {
    const { slug } = await params;
    const data = await listPublicTenders(slug);
    if (!data) return plainText(404, PAGE_NOT_FOUND);
    const body = releasePackage(data.council, data.tenders, request.nextUrl.href);
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `inline; filename="${slug}-ocds-release-package.json"`,
      },
    });
  },
);
