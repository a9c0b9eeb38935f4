import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { openDataJson, openDataNotFound } from "@/lib/actions/open-data-response";
import { getOcdsProcess } from "@/lib/data/ocds/list-ocds-releases";

export const dynamic = "force-dynamic";

const ocidSchema = z.string().min(1).max(300);

/** One contracting process: its releases and its compiled record. */
export const GET = defineRoute(
  "read:tender:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/api/ocds/[slug]/releases/[ocid]">) => {
    const { slug, ocid } = await params;
    const parsed = ocidSchema.safeParse(ocid);
    if (!parsed.success) return openDataNotFound();
    const body = await getOcdsProcess(slug, parsed.data, request.nextUrl);
    return body ? openDataJson(body) : openDataNotFound();
  },
);
