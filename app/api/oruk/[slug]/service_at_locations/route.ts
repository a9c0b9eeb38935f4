import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { listOrukServiceAtLocations } from "@/lib/data/oruk/oruk-directory";
import { orukServicesSearchSchema } from "@/lib/schemas/oruk-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** Open Referral UK 3.0: a page of where the council's published listings are offered. */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/service_at_locations">) => {
    const { slug } = await params;
    const q = parseSearchParams(orukServicesSearchSchema, request.nextUrl.searchParams);
    const page = await listOrukServiceAtLocations(slug, {
      page: q.page,
      perPage: q.per_page,
      search: q.search,
      minimumAge: q.minimum_age,
      maximumAge: q.maximum_age,
    });
    return page ? orukJson(page) : orukNotFound();
  },
);
