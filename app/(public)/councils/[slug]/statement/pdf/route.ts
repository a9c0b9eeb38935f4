import type { NextRequest } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { PAGE_NOT_FOUND, plainText } from "@/lib/actions/route-response";
import { getPublicStatement } from "@/lib/data/statement/get-public-statement";
import { statementPdf } from "@/lib/domain/statement/statement-pdf";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { statementVersionSchema } from "@/lib/schemas/statement-version";

export const dynamic = "force-dynamic";

const pdfSearchSchema = z.object({ version: statementVersionSchema.optional() });

/** The published statement as a PDF: the newest version, or `?version=n`. */
export const GET = defineRoute(
  "read:statement:public",
  async (_actor, request: NextRequest, { params }: RouteContext<"/councils/[slug]/statement/pdf">) => {
    const { slug } = await params;
    const q = parseSearchParams(pdfSearchSchema, request.nextUrl.searchParams);
    const data = await getPublicStatement(slug, q.version);
    if (!data?.statement) return plainText(404, PAGE_NOT_FOUND);
    const { statement } = data;
    const bytes = await statementPdf(statement.content, statement);
    return new Response(Buffer.from(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${data.council.slug}-short-breaks-statement-v${statement.version}.pdf"`,
        "cache-control": "public, max-age=60",
      },
    });
  },
);
