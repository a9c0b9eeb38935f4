import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { ReferenceListPage } from "../_reference-data/reference-pages";

export const metadata: Metadata = { title: "Groups that rarely get involved" };

const query = z.object({ page: pageField });

export default async function Page({ searchParams }: PageProps<"/admin/involvement-groups">) {
  const actor = await requirePageActor("read:reference-data:council", { role: "ADMIN" });
  const { page } = parseSearchParams(query, await searchParams);
  return <ReferenceListPage actor={actor} kind="involvement-group" page={page} />;
}
