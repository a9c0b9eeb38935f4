import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { getOrukService } from "@/lib/data/oruk/oruk-services";

export const dynamic = "force-dynamic";

const idSchema = z.uuid();

/** Open Referral UK 3.0: one published listing of the council, by its ORUK id (a UUID). */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, _request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/services/[id]">) => {
    const { slug, id } = await params;
    const parsed = idSchema.safeParse(id);
    if (!parsed.success) return orukNotFound();
    const service = await getOrukService(slug, parsed.data.toLowerCase());
    return service ? orukJson(service) : orukNotFound();
  },
);
