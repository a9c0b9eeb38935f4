import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { NewProviderPage } from "@/app/(portal)/_providers/provider-pages";

export const metadata: Metadata = { title: "Add a provider" };

export default async function Page({ searchParams }: PageProps<"/admin/providers/new">) {
  const actor = await requirePageActor("create:provider:council", { role: "ADMIN" });
  return <NewProviderPage actor={actor} area="/admin" searchParams={await searchParams} />;
}
