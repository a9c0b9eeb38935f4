import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { ProviderListPage } from "@/app/(portal)/_providers/provider-pages";

export const metadata: Metadata = { title: "Providers" };

export default async function Page({ searchParams }: PageProps<"/admin/providers">) {
  const actor = await requirePageActor("read:provider-list:council", { role: "ADMIN" });
  return <ProviderListPage actor={actor} area="/admin" searchParams={await searchParams} />;
}
