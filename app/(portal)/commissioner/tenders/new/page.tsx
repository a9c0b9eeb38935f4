import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { idField, parseSearchParams } from "@/lib/schemas/search-params";
import { approvedSpecifications } from "@/lib/data/tenders/approved-specifications";
import { createTenderAction } from "../actions";
import { TENDER_FORM_FIELDS } from "@/lib/schemas/tender";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { ActionForm, FormSelect } from "@/components/forms/action-form";
import { TenderFormFields } from "@/components/tenders/tender-form-fields";

export const metadata: Metadata = { title: "Create a tender" };

export default async function NewTenderPage({ searchParams }: PageProps<"/commissioner/tenders/new">) {
  const actor = await requirePageActor("create:tender:council", { role: "COMMISSIONER" });
  const { specificationId } = parseSearchParams(z.object({ specificationId: idField }), await searchParams);
  const specs = await approvedSpecifications(actor);
  const chosen = specificationId ?? "";
  return (
    <>
      <BackLink href="/commissioner/tenders">Back to tenders</BackLink>
      <PageHeading caption={actor.councilName}>Create a tender</PageHeading>
      {specs.length === 0 ? (
        <InsetText>
          A tender is created from an approved specification, and there is none yet. Approve a specification
          first.
        </InsetText>
      ) : (
        <ActionForm
          action={createTenderAction}
          fields={["specificationId", ...TENDER_FORM_FIELDS]}
          anchors={{
            weights: "priceWeight",
            clarificationDeadline: "clarificationDeadline-day",
            submissionDeadline: "submissionDeadline-day",
            evaluationEndsAt: "evaluationEndsAt-day",
            hideBidderNames: "hideBidderNames-0",
          }}
          submitLabel="Save draft tender"
        >
          <input type="hidden" name="submissionKey" value={randomUUID()} readOnly />
          <FormSelect
            id="specificationId"
            name="specificationId"
            label="Specification"
            hint="The latest approved version is tendered."
            defaultValue={chosen}
            options={[
              { value: "", label: "Choose a specification" },
              ...specs.map((s) => ({
                value: s.specificationId,
                label: `${s.specification.reference}: ${s.title} (version ${s.version}, up to ${formatMoney(s.maxAnnualValue)} a year for ${s.termMonths} months)`,
              })),
            ]}
          />
          <TenderFormFields d={{ priceWeight: "30", hideBidderNames: "yes" }} />
        </ActionForm>
      )}
    </>
  );
}
