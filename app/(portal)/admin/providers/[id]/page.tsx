import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { ProviderPage } from "@/app/(portal)/_providers/provider-pages";

export const metadata: Metadata = { title: "Provider" };

export default async function Page({ params }: PageProps<"/admin/providers/[id]">) {
  const actor = await requirePageActor("read:provider-list:council", { role: "ADMIN" });
  return <ProviderPage actor={actor} area="/admin" id={(await params).id} />;
}
