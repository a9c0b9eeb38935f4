import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { specificationFormOptions } from "@/lib/data/specifications/list-specifications";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { SpecificationForm } from "../specification-form";

export const metadata: Metadata = { title: "Start a specification" };

export default async function NewSpecificationPage({
  searchParams,
}: PageProps<"/commissioner/specifications/new">) {
  const actor = await requirePageActor("create:specification:council", { role: "COMMISSIONER" });
  const { from } = parseSearchParams(z.object({ from: flagField("needs-analysis") }), await searchParams);
  const fromNeeds = from === "needs-analysis";
  const options = await specificationFormOptions(actor, { districtIds: [], needTypeCodes: [] });
  return (
    <>
      <BackLink href={fromNeeds ? "/commissioner/needs-analysis" : "/commissioner/specifications"}>
        Back
      </BackLink>
      <PageHeading caption={actor.councilName}>Start a specification</PageHeading>
      {fromNeeds && (
        <InsetText>
          When you save, the specification keeps a dated copy of the needs analysis figures: the register
          statistics, existing services, live contracts and feedback themes.
        </InsetText>
      )}
      <p className="mb-6 max-w-[75ch]">
        It is saved as a draft. You can change it, and complete the equality impact assessment, before you
        send it for approval.
      </p>
      <SpecificationForm
        mode="create"
        options={options}
        submissionKey={randomUUID()}
        fromNeeds={fromNeeds}
        submitLabel="Save as draft"
        current={{
          title: "",
          summary: "",
          serviceTypeId: "",
          districtIds: [],
          ageMin: "",
          ageMax: "",
          needTypeCodes: [],
          outcomes: "",
          outputs: [],
          maxAnnualValue: "",
          termMonths: "",
          extensionMonths: "0",
        }}
      />
    </>
  );
}
