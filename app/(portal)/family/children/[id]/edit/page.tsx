import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getFamilyChild } from "@/lib/data/register/family-children";
import { getRegistrationOptions } from "@/lib/data/register/registration-options";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EditChildForm } from "./edit-child-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Change your child's details" };

export default async function EditChildPage({ params }: PageProps<"/family/children/[id]/edit">) {
  const actor = await requirePageActor("update:child:own", { role: "FAMILY" });
  const { id } = await params;
  const [child, options] = await Promise.all([
    orNotFound(getFamilyChild(actor, id)),
    getRegistrationOptions(actor, id),
  ]);
  if (child.status !== "ACTIVE") notFound();
  return (
    <>
      <BackLink href={route(`/family/children/${child.id}`)}>Back</BackLink>
      <PageHeading caption={`${child.firstName} ${child.lastName}`}>
        Change your child&apos;s details
      </PageHeading>
      <EditChildForm
        childId={child.id}
        editVersion={child.editVersion}
        options={options}
        current={{
          firstName: child.firstName ?? "",
          lastName: child.lastName ?? "",
          dateOfBirth: child.dateOfBirth?.toISOString().slice(0, 10),
          postcode: child.postcode ?? "",
          districtId: child.districtId,
          needTypeIds: child.needs.map((n) => n.needType.id),
          school: child.school ?? undefined,
          currentShortBreaks: child.currentShortBreaks ?? undefined,
          communicationNeeds: child.communicationNeeds ?? undefined,
          parentName: child.parentName ?? "",
          parentEmail: child.parentEmail ?? "",
          parentPhone: child.parentPhone ?? undefined,
          contactPreference: (child.contactPreference as "email" | "phone" | "post" | null) ?? undefined,
        }}
      />
    </>
  );
}
