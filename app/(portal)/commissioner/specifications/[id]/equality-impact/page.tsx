import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getSpecification } from "@/lib/data/specifications/get-specification";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { EqualityImpactForm } from "./equality-impact-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Equality impact assessment" };

export default async function EqualityImpactPage({
  params,
}: PageProps<"/commissioner/specifications/[id]/equality-impact">) {
  const actor = await requirePageActor("update:specification:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const spec = await orNotFound(getSpecification(actor, id));
  const v = spec.current;
  // An approved version never changes; its assessment is shown on the specification page.
  if (spec.status === "APPROVED" || spec.status === "ARCHIVED") {
    return (
      <>
        <BackLink href={route(`/commissioner/specifications/${spec.id}`)}>Back</BackLink>
        <PageHeading caption={`${v.title}, version ${v.version}`}>Equality impact assessment</PageHeading>
        <InsetText>
          Version {v.version} is approved, so its assessment cannot change. Change the specification to start
          version {v.version + 1}, then review its assessment.
        </InsetText>
      </>
    );
  }
  return (
    <>
      <BackLink href={route(`/commissioner/specifications/${spec.id}`)}>Back</BackLink>
      <PageHeading caption={`${v.title}, version ${v.version}`}>Equality impact assessment</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        You can save it unfinished. All three parts must be written before the specification can be sent for
        approval or approved.
      </p>
      <EqualityImpactForm
        specificationId={spec.id}
        current={{
          eiaGroups: v.eiaGroups ?? "",
          eiaImpact: v.eiaImpact ?? "",
          eiaMitigations: v.eiaMitigations ?? "",
        }}
      />
    </>
  );
}
