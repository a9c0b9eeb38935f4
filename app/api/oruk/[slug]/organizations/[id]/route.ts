import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { orukJson, orukNotFound } from "@/lib/actions/oruk-response";
import { getOrukOrganization } from "@/lib/data/oruk/oruk-directory";

export const dynamic = "force-dynamic";

const idSchema = z.uuid();

/** Open Referral UK 3.0: one organisation with a published listing in the council, with its services. */
export const GET = defineRoute(
  "read:listing:public",
  async (_actor, _request: NextRequest, { params }: RouteContext<"/api/oruk/[slug]/organizations/[id]">) => {
    const { slug, id } = await params;
    const parsed = idSchema.safeParse(id);
    if (!parsed.success) return orukNotFound();
    const organization = await getOrukOrganization(slug, parsed.data.toLowerCase());
    return organization ? orukJson(organization) : orukNotFound();
  },
);
