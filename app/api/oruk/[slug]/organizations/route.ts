import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { listOrukOrganizations } from "@/lib/data/oruk/oruk-directory";
import { orukPageSearchSchema } from "@/lib/schemas/oruk-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** Open Referral UK 3.0: a page of the organisations behind the council's published listings. */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/organizations">) => {
    const { slug } = await params;
    const q = parseSearchParams(orukPageSearchSchema, request.nextUrl.searchParams);
    const page = await listOrukOrganizations(slug, { page: q.page, perPage: q.per_page });
    return page ? orukJson(page) : orukNotFound();
  },
);
