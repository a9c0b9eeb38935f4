import type { NextRequest } from "next/server";
import { defineRoute } from "@/lib/actions/define-route";
import { PAGE_NOT_FOUND, plainText } from "@/lib/actions/route-response";
import { contractsRegisterRows } from "@/lib/data/public/contracts-register";
import { contractsRegisterTable } from "@/lib/domain/transparency/contracts-csv";
import { exportResponse } from "@/lib/spreadsheets/export-table";

export const dynamic = "force-dynamic";

/** The council's contracts over £5,000 as the Transparency Code's CSV (public, formula-safe). */
export const GET = defineRoute(
  "read:contract:public",
  async (
    _actor,
    _request: NextRequest,
    { params }: RouteContext<"/api/transparency/[slug]/contracts.csv">,
  ) => {
    const { slug } = await params;
    const data = await contractsRegisterRows(slug);
    if (!data) return plainText(404, PAGE_NOT_FOUND);
    return exportResponse(
      contractsRegisterTable(data.entries, data.council.name),
      "csv",
      `${slug}-contracts`,
      {},
    );
  },
);
