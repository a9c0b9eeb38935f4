import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";

export const dynamic = "force-dynamic";

/** The first OCDS address (tenders only): now the whole contracting process lives under /api/ocds, so it redirects there. */
export const GET = defineRoute(
  "read:tender:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/councils/[slug]/tenders/ocds">) => {
    const { slug } = await params;
    return Response.redirect(new URL(`/api/ocds/${encodeURIComponent(slug)}/releases`, request.nextUrl), 308);
  },
);
