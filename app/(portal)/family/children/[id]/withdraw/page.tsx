import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getFamilyChild } from "@/lib/data/register/family-children";
import { getCouncilRetention } from "@/lib/data/register/council-retention";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { WithdrawForm } from "./withdraw-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Take your child off the register" };

export default async function WithdrawPage({ params }: PageProps<"/family/children/[id]/withdraw">) {
  const actor = await requirePageActor("update:child:own", { role: "FAMILY", consentCheck: false });
  const { id } = await params;
  const child = await orNotFound(getFamilyChild(actor, id));
  if (child.status !== "ACTIVE") notFound();
  const retentionDays = await getCouncilRetention(actor);
  return (
    <>
      <BackLink href={route(`/family/children/${child.id}`)}>Back</BackLink>
      <PageHeading>Are you sure you want to take {child.firstName} off the register?</PageHeading>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>{child.firstName} will stop being counted in the council&apos;s statistics straight away.</li>
        <li>
          {retentionDays === 0
            ? "Their details will be erased straight away."
            : `Their details will be erased after ${retentionDays} days.`}
        </li>
        <li>It does not change any short breaks, assessment or personal budget your family has.</li>
        <li>You can register again at any time.</li>
      </ul>
      <WithdrawForm childId={child.id} />
    </>
  );
}
