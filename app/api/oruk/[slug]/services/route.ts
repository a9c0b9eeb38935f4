import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { listOrukServices } from "@/lib/data/oruk/oruk-services";
import { orukServicesSearchSchema } from "@/lib/schemas/oruk-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** Open Referral UK 3.0: a page of the council's published directory listings (read-only, open to any site). */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/services">) => {
    const { slug } = await params;
    const q = parseSearchParams(orukServicesSearchSchema, request.nextUrl.searchParams);
    const page = await listOrukServices(slug, {
      page: q.page,
      perPage: q.per_page,
      search: q.search,
      minimumAge: q.minimum_age,
      maximumAge: q.maximum_age,
    });
    return page ? orukJson(page) : orukNotFound();
  },
);
