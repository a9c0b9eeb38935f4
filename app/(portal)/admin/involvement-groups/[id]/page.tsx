import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { ReferenceValuePage } from "../../_reference-data/reference-pages";

export const metadata: Metadata = { title: "Groups that rarely get involved" };

export default async function Page({ params }: PageProps<"/admin/involvement-groups/[id]">) {
  const actor = await requirePageActor("update:reference-data:council", { role: "ADMIN" });
  const { id } = await params;
  return <ReferenceValuePage actor={actor} kind="involvement-group" id={id} />;
}
