import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { listOrukTaxonomies } from "@/lib/data/oruk/oruk-directory";
import { orukPageSearchSchema } from "@/lib/schemas/oruk-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** Open Referral UK 3.0: the taxonomies the feed's terms belong to (types of short break, types of need). */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/taxonomies">) => {
    const { slug } = await params;
    const q = parseSearchParams(orukPageSearchSchema, request.nextUrl.searchParams);
    const page = await listOrukTaxonomies(slug, { page: q.page, perPage: q.per_page });
    return page ? orukJson(page) : orukNotFound();
  },
);
