import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { ProviderListPage } from "@/app/(portal)/_providers/provider-pages";

export const metadata: Metadata = { title: "Providers" };

export default async function Page({ searchParams }: PageProps<"/commissioner/providers">) {
  const actor = await requirePageActor("read:provider-list:council", { role: "COMMISSIONER" });
  return <ProviderListPage actor={actor} area="/commissioner" searchParams={await searchParams} />;
}
