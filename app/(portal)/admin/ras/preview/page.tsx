import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { PreviewForm } from "./preview-form";

export const metadata: Metadata = { title: "Preview: resource allocation system" };

export default async function RasPreviewPage() {
  const actor = await requirePageActor("read:ras:council", { role: "ADMIN" });
  const { draft } = await getRasAdmin(actor);
  return (
    <>
      <BackLink href="/admin/ras">Back to the resource allocation system</BackLink>
      <PageHeading caption="Resource allocation system draft">Try the draft with sample answers</PageHeading>
      {draft.problems.length > 0 ? (
        <p>
          The draft has problems to fix first. <Link href="/admin/ras">See the problems</Link>.
        </p>
      ) : (
        <PreviewForm definition={draft.definition} />
      )}
    </>
  );
}
