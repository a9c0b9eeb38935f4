import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getSpecification } from "@/lib/data/specifications/get-specification";
import { specificationFormOptions } from "@/lib/data/specifications/list-specifications";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { SpecificationForm } from "../../specification-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Change a specification" };

export default async function EditSpecificationPage({
  params,
}: PageProps<"/commissioner/specifications/[id]/edit">) {
  const actor = await requirePageActor("update:specification:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const spec = await orNotFound(getSpecification(actor, id));
  const options = await specificationFormOptions(actor, {
    serviceTypeId: spec.serviceType.id,
    districtIds: spec.current.districts.map((d) => d.id),
    needTypeCodes: spec.current.needTypeCodes,
  });
  if (spec.status === "ARCHIVED") notFound();
  const v = spec.current;
  return (
    <>
      <BackLink href={route(`/commissioner/specifications/${spec.id}`)}>Back</BackLink>
      <PageHeading caption={`${spec.reference}, version ${v.version}`}>Change the specification</PageHeading>
      {spec.status === "APPROVED" ? (
        <InsetText>
          Version {v.version} is approved and will not change. Saving makes version {v.version + 1}, a draft
          that needs approving again.
        </InsetText>
      ) : spec.status === "AWAITING_APPROVAL" ? (
        <InsetText>This specification is awaiting approval. Saving changes sends it back to draft.</InsetText>
      ) : null}
      <SpecificationForm
        mode="update"
        options={options}
        specificationId={spec.id}
        editVersion={spec.editVersion}
        submitLabel="Save changes"
        current={{
          title: v.title,
          summary: v.summary,
          serviceTypeId: spec.serviceType.id,
          districtIds: v.districts.map((d) => d.id),
          ageMin: String(v.ageMin),
          ageMax: String(v.ageMax),
          needTypeCodes: v.needTypeCodes,
          outcomes: v.outcomes.join("\n"),
          outputs: v.outputs.map((o) => ({
            measure: o.measure,
            unit: o.unit,
            quantity: o.quantity.toString(),
            period: o.period,
          })),
          maxAnnualValue: v.maxAnnualValue.toString(),
          termMonths: String(v.termMonths),
          extensionMonths: String(v.extensionMonths),
        }}
      />
    </>
  );
}
