import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { openDataJson, openDataNotFound } from "@/lib/actions/open-data-response";
import { listOcdsReleases } from "@/lib/data/ocds/list-ocds-releases";
import { ocdsReleasesSearchSchema } from "@/lib/schemas/ocds-search";
import { parseSearchParams } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/** OCDS 1.1 release package of the council's whole contracting process, paged by date (`links.next`). */
export const GET = defineRoute(
  "read:tender:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/ocds/[slug]/releases">) => {
    const { slug } = await params;
    const q = parseSearchParams(ocdsReleasesSearchSchema, request.nextUrl.searchParams);
    const body = await listOcdsReleases(slug, q, request.nextUrl);
    return body ? openDataJson(body) : openDataNotFound();
  },
);
