import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { listOrukTaxonomyTerms } from "@/lib/data/oruk/oruk-directory";
import { orukPageSearchSchema } from "@/lib/schemas/oruk-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** Open Referral UK 3.0: a page of taxonomy terms: the types of short break, then the council's types of need. */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/taxonomy_terms">) => {
    const { slug } = await params;
    const q = parseSearchParams(orukPageSearchSchema, request.nextUrl.searchParams);
    const page = await listOrukTaxonomyTerms(slug, { page: q.page, perPage: q.per_page });
    return page ? orukJson(page) : orukNotFound();
  },
);
