import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { ReferenceListPage } from "../_reference-data/reference-pages";

export const metadata: Metadata = { title: "Service types" };

const query = z.object({ page: pageField });

export default async function Page({ searchParams }: PageProps<"/admin/service-types">) {
  const actor = await requirePageActor("read:reference-data:council", { role: "ADMIN" });
  const { page } = parseSearchParams(query, await searchParams);
  return <ReferenceListPage actor={actor} kind="service-type" page={page} />;
}
