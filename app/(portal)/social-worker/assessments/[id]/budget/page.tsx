import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { getAssessment } from "@/lib/data/assessments/get-assessment";
import { budgetsOfAssessment } from "@/lib/data/budgets/get-budget";
import { orNotFound } from "@/lib/or-not-found";
import { formatMoney } from "@/lib/domain/money";
import { route } from "@/lib/routes/route";
import { BUDGET_PART_FIELDS, BUDGET_TYPE_LABEL } from "@/lib/schemas/budget";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { childName } from "@/components/budgets/budget-parts";
import { proposeBudgetAction } from "../../../budgets/actions";

export const metadata: Metadata = { title: "Propose a personal budget" };

const TYPE_HINT = {
  DIRECT_PAYMENT: "Paid to the family, who buy the support and send evidence of spend.",
  MANAGED: "The council buys the support from approved providers.",
  INDIVIDUAL: "A sum for social and leisure activities, kept with evidence of how it was spent.",
  MIX: "Some of each: give the amounts below.",
} as const;

export default async function ProposeBudgetPage({
  params,
}: PageProps<"/social-worker/assessments/[id]/budget">) {
  const actor = await requirePageActor("create:budget:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const [a, budgets] = await Promise.all([
    orNotFound(getAssessment(actor, id)),
    budgetsOfAssessment(actor, id),
  ]);
  await recordChildRecordView(actor, {
    entityType: "Assessment",
    entityId: a.id,
    childId: a.child.id,
    page: "budget",
  });
  const back = route(`/social-worker/assessments/${a.id}`);
  const open = budgets.find((b) => b.status !== "ENDED");
  const indicative = a.indicativeBudget ? a.indicativeBudget.toFixed(2) : "";

  return (
    <>
      <BackLink href={back}>Back to the assessment</BackLink>
      <PageHeading caption={childName(a.child)}>Propose a personal budget</PageHeading>
      {a.status !== "APPROVED" ? (
        <p>A budget can be proposed once the assessment is approved.</p>
      ) : open ? (
        <p>
          This assessment already has a budget.{" "}
          <a href={route(`/social-worker/budgets/${open.id}`)}>Open the budget</a>.
        </p>
      ) : (
        <ActionForm
          action={proposeBudgetAction}
          fields={[
            "type",
            "annualAmount",
            "directPaymentPart",
            "managedPart",
            "individualPart",
            "amountReason",
            "startDate",
            "reviewMonths",
          ]}
          anchors={{ type: "type-0", startDate: "startDate-day" }}
          submitLabel="Propose the budget"
        >
          <input type="hidden" name="assessmentId" value={a.id} />
          <input type="hidden" name="submissionKey" value={randomUUID()} />
          <p className="mb-6">
            The assessment&apos;s indicative budget is <strong>{formatMoney(indicative || "0")}</strong> a
            year. Another social worker approves the budget before it starts.
          </p>
          <FormRadios
            name="type"
            legend="How the family takes the budget"
            options={Object.entries(BUDGET_TYPE_LABEL).map(([value, label]) => ({
              value,
              label,
              hint: TYPE_HINT[value as keyof typeof TYPE_HINT],
            }))}
          />
          <FormTextInput
            id="annualAmount"
            name="annualAmount"
            label="Budget for the year in pounds"
            prefix="£"
            width="10"
            inputMode="decimal"
            defaultValue={indicative}
          />
          <fieldset className="mb-6">
            <legend className="mb-2 text-lg font-bold">For a mix: how much is taken each way</legend>
            <p className="mb-4 text-secondary">
              Give an amount for at least two of these. They must add up to the budget for the year. Leave
              them empty for any other type.
            </p>
            {BUDGET_PART_FIELDS.map(({ field, label }) => (
              <FormTextInput
                key={field}
                id={field}
                name={field}
                label={`${label} in pounds`}
                prefix="£"
                width="10"
                inputMode="decimal"
              />
            ))}
          </fieldset>
          <FormTextarea
            id="amountReason"
            name="amountReason"
            label="Why the amount differs from the indicative budget (if it does)"
            rows={3}
          />
          <FormDateInput id="startDate" name="startDate" legend="Start date" hint="For example, 1 4 2027" />
          <FormTextInput
            id="reviewMonths"
            name="reviewMonths"
            label="Months until the first review"
            width="3"
            inputMode="numeric"
            defaultValue="6"
            suffix="months"
          />
        </ActionForm>
      )}
    </>
  );
}
