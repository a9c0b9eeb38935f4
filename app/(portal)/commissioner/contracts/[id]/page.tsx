import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getContract } from "@/lib/data/contracts/list-contracts";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ContractDetail } from "@/components/contracts/contract-detail";
import { Details } from "@/components/ui/details";
import { ContractFeedback } from "@/components/contracts/contract-feedback";
import { getContractFeedbackSummary } from "@/lib/data/feedback/contract-feedback-summary";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { addVariationAction } from "./actions";

export const metadata: Metadata = { title: "Contract" };

export default async function CommissionerContractPage({
  params,
}: PageProps<"/commissioner/contracts/[id]">) {
  const actor = await requirePageActor("read:contract:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const contract = await orNotFound(getContract(actor, id));
  const feedback = await getContractFeedbackSummary(actor.councilId, contract.id);
  return (
    <>
      <BackLink href="/commissioner/contracts">Back to contracts</BackLink>
      <PageHeading caption={`${contract.reference} · ${actor.councilName}`}>{contract.title}</PageHeading>
      <ContractDetail
        contract={contract}
        today={new Date()}
        returnsBase={`/commissioner/contracts/${contract.id}/returns`}
        tenderHref={contract.tender ? `/commissioner/tenders/${contract.tender.id}` : undefined}
      />
      <ContractFeedback summary={feedback} />
      <Details summary="Record a variation or an extension">
        <ActionForm
          action={addVariationAction}
          fields={["kind", "reason", "valueChange", "months", "effectiveDate"]}
          anchors={{ kind: "kind-0", effectiveDate: "effectiveDate-day" }}
          submitLabel="Record it"
        >
          <input type="hidden" name="contractId" value={contract.id} readOnly />
          <FormRadios
            name="kind"
            legend="What is it?"
            defaultValue="VARIATION"
            options={[
              { value: "VARIATION", label: "A variation: a change in value" },
              {
                value: "EXTENSION",
                label: `An extension (${contract.extensionMonthsAvailable - contract.extensionMonthsUsed} months left)`,
              },
            ]}
          />
          <FormTextarea id="reason" name="reason" label="Reason" rows={3} />
          <FormTextInput
            id="valueChange"
            name="valueChange"
            label="Change in total value, in pounds (for a variation)"
            hint="Use a minus sign for a reduction, like -2500."
            width="10"
          />
          <FormTextInput
            id="months"
            name="months"
            label="Months (for an extension)"
            width="3"
            inputMode="numeric"
          />
          <FormDateInput id="effectiveDate" name="effectiveDate" legend="Date it takes effect" />
        </ActionForm>
      </Details>
    </>
  );
}
