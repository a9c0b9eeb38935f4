import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { can } from "@/lib/auth/permissions";
import { getBudget } from "@/lib/data/budgets/get-budget";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { planTotal } from "@/lib/domain/budgets/budget-balance";
import { route } from "@/lib/routes/route";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { InsetText } from "@/components/ui/inset-text";
import { ButtonLink } from "@/components/ui/button";
import {
  BudgetMoney,
  BudgetStatusTag,
  EvidenceTable,
  PaymentsTable,
  PlanItemsTable,
  ReviewsList,
  budgetTypeLabel,
  childName,
} from "@/components/budgets/budget-parts";
import {
  decideBudgetAction,
  markPaymentPaidAction,
  setPaymentScheduleAction,
  stopPaymentScheduleAction,
  recordBudgetReviewAction,
  recordPaymentAction,
  startPlanVersionAction,
} from "../actions";

export const metadata: Metadata = { title: "Personal budget" };

const query = z.object({
  evidence: z.enum(["accepted", "queried", "rejected"]).optional(),
  payment: z.literal("paid").optional(),
});
const EVIDENCE_DONE = {
  accepted: "The evidence is accepted and counts as spend.",
  queried: "Your question is sent to the family.",
  rejected: "The evidence is marked as not accepted.",
} as const;

export default async function BudgetPage({ params, searchParams }: PageProps<"/social-worker/budgets/[id]">) {
  const actor = await requirePageActor("read:budget:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const { evidence: evidenceDone, payment: paymentDone } = parseSearchParams(query, await searchParams);
  const b = await orNotFound(getBudget(actor, id));
  await recordChildRecordView(actor, {
    entityType: "PersonalBudget",
    entityId: b.id,
    childId: b.child.id,
    page: "budget",
  });
  const canUpdate = can(actor, "update:budget:council") && b.status !== "ENDED";
  const plan = b.agreedPlan;
  const refused = b.status === "ENDED" && !!b.refusalReason;

  return (
    <>
      <BackLink href="/social-worker/budgets">Back to personal budgets</BackLink>
      {(evidenceDone || paymentDone) && (
        <NotificationBanner type="success" title="Done">
          <p>{evidenceDone ? EVIDENCE_DONE[evidenceDone] : "The payment is recorded as paid."}</p>
        </NotificationBanner>
      )}
      <PageHeading caption={budgetTypeLabel(b.type)}>{childName(b.child)}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <BudgetStatusTag status={b.status} refused={refused} /> },
          { key: "Type", value: budgetTypeLabel(b.type) },
          { key: "Runs", value: `${formatCalendarDate(b.startDate)} to ${formatCalendarDate(b.endDate)}` },
          { key: "Next review", value: formatCalendarDate(b.nextReviewDate) },
          ...(b.assessment?.indicativeBudget
            ? [
                {
                  key: "Indicative budget",
                  value: (
                    <Link href={route(`/social-worker/assessments/${b.assessment.id}`)}>
                      {formatMoney(b.assessment.indicativeBudget)} (see the assessment)
                    </Link>
                  ),
                },
              ]
            : []),
          ...(b.amountReason ? [{ key: "Why the amount differs", value: b.amountReason }] : []),
          ...(b.proposedByName ? [{ key: "Proposed by", value: b.proposedByName }] : []),
          ...(b.approvedAt
            ? [
                {
                  key: "Approved",
                  value: `${formatDate(b.approvedAt)} by ${b.approvedByName ?? "a social worker"}`,
                },
              ]
            : []),
          ...(b.refusalReason ? [{ key: "Reason for refusal", value: b.refusalReason }] : []),
        ]}
      />

      {b.status === "PROPOSED" && can(actor, "approve:budget:council") && (
        <>
          <SectionHeading size="m">Approve or refuse</SectionHeading>
          <ActionForm
            action={decideBudgetAction}
            fields={["decision", "reason"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Record the decision"
          >
            <input type="hidden" name="id" value={b.id} />
            <FormRadios
              name="decision"
              legend="Your decision"
              hint="Another social worker must decide where your council has two or more."
              options={[
                { value: "APPROVE", label: `Approve the budget of ${formatMoney(b.annualAmount)} a year` },
                { value: "REFUSE", label: "Refuse it" },
              ]}
            />
            <FormTextarea id="reason" name="reason" label="Reason (if you refuse)" rows={3} />
          </ActionForm>
        </>
      )}

      <SectionHeading size="m">Money</SectionHeading>
      <BudgetMoney budget={b} />

      <SectionHeading size="m">Support plan</SectionHeading>
      {plan ? (
        <>
          <p className="mb-4">
            Version {plan.version}, agreed {plan.agreedAt ? formatDate(plan.agreedAt) : ""}. It costs{" "}
            {formatMoney(planTotal(plan.items, b.annualAmount).total)} a year.
          </p>
          <h3 className="mb-2 text-xl font-bold">Outcomes</h3>
          <p className="mb-6 max-w-[75ch] whitespace-pre-line">{plan.outcomes}</p>
          {plan.overBudgetReason && (
            <InsetText>Agreed over the budget because: {plan.overBudgetReason}</InsetText>
          )}
          <PlanItemsTable caption="What the budget pays for" items={plan.items} />
        </>
      ) : (
        <p className="mb-4">No plan has been agreed yet.</p>
      )}
      {canUpdate &&
        (b.draftPlan ? (
          <p className="mb-8">
            <ButtonLink href={route(`/social-worker/budgets/${b.id}/plan`)} variant="secondary">
              {plan ? `Continue version ${b.draftPlan.version} of the plan` : "Write the support plan"}
            </ButtonLink>
          </p>
        ) : (
          <ActionForm
            action={startPlanVersionAction}
            fields={["id"]}
            submitId="start-plan-version"
            submitLabel="Change the plan (start a new version)"
            submitVariant="secondary"
          >
            <input type="hidden" name="id" value={b.id} />
          </ActionForm>
        ))}
      {b.plans.filter((p) => p.status === "SUPERSEDED").length > 0 && (
        <details className="mb-8">
          <summary className="cursor-pointer underline">Earlier versions of the plan</summary>
          {b.plans
            .filter((p) => p.status === "SUPERSEDED")
            .map((p) => (
              <div key={p.id} className="mt-4">
                <PlanItemsTable
                  caption={`Version ${p.version}, replaced ${p.supersededAt ? formatDate(p.supersededAt) : ""}`}
                  items={p.items}
                />
              </div>
            ))}
        </details>
      )}

      <SectionHeading size="m">Payments</SectionHeading>
      {b.paysFamily && b.status === "ACTIVE" && (
        <p className="mb-4">
          {b.paymentEveryWeeks && b.scheduledAmount
            ? `Scheduled: ${formatMoney(b.scheduledAmount)} every ${b.paymentEveryWeeks} ${b.paymentEveryWeeks === 1 ? "week" : "weeks"}${b.nextPaymentDue ? `, next due ${formatCalendarDate(b.nextPaymentDue)}` : ", no more payments before the budget ends"}.`
            : "No payment schedule: payments are recorded by hand."}
        </p>
      )}
      <PaymentsTable payments={b.payments} />
      {canUpdate &&
        b.payments
          .filter((p) => p.status === "DUE")
          .map((p) => (
            <ActionForm
              key={p.id}
              action={markPaymentPaidAction}
              fields={["paidOn", "reference"]}
              anchors={{ paidOn: `paid-${p.id}-day` }}
              submitLabel={
                <>
                  Record as paid
                  <span className="sr-only">
                    {" "}
                    the payment due {p.dueOn ? formatCalendarDate(p.dueOn) : ""}
                  </span>
                </>
              }
              className="mb-6 border-l-4 border-link pl-4"
            >
              <input type="hidden" name="id" value={b.id} />
              <input type="hidden" name="paymentId" value={p.id} />
              <p className="mb-2 font-bold">
                {formatMoney(p.amount)} due {p.dueOn ? formatCalendarDate(p.dueOn) : ""}
              </p>
              <FormDateInput id={`paid-${p.id}`} name="paidOn" legend="Date paid" />
              <FormTextInput
                id={`reference-${p.id}`}
                name="reference"
                label="Reference (optional)"
                width="20"
              />
            </ActionForm>
          ))}
      {canUpdate && b.status === "ACTIVE" && b.paysFamily && (
        <details className="mb-8" id="payment-schedule">
          <summary className="cursor-pointer text-lg font-bold underline">
            {b.paymentEveryWeeks ? "Change or stop the payment schedule" : "Set a payment schedule"}
          </summary>
          <div className="mt-4">
            <ActionForm
              action={setPaymentScheduleAction}
              fields={["everyWeeks", "amount", "firstDue"]}
              anchors={{ firstDue: "firstDue-day" }}
              submitLabel="Save the schedule"
            >
              <input type="hidden" name="id" value={b.id} />
              <input type="hidden" name="editVersion" value={b.editVersion} readOnly />
              <FormTextInput
                id="everyWeeks"
                name="everyWeeks"
                label="Weeks between payments"
                hint="For example, 4 for every four weeks"
                width="3"
                inputMode="numeric"
                defaultValue={b.paymentEveryWeeks ? String(b.paymentEveryWeeks) : "4"}
              />
              <FormTextInput
                id="scheduleAmount"
                name="amount"
                label="Amount of each payment in pounds"
                prefix="£"
                width="10"
                inputMode="decimal"
                defaultValue={b.scheduledAmount?.toFixed(2)}
              />
              <FormDateInput
                id="firstDue"
                name="firstDue"
                legend={b.paymentEveryWeeks ? "Date of the next payment" : "Date of the first payment"}
                hint="Within the budget's dates"
              />
            </ActionForm>
            {b.paymentEveryWeeks && (
              <ActionForm
                action={stopPaymentScheduleAction}
                fields={[]}
                submitLabel="Stop the schedule"
                submitVariant="warning"
                className="mt-6"
              >
                <input type="hidden" name="id" value={b.id} />
                <input type="hidden" name="editVersion" value={b.editVersion} readOnly />
                <p className="mb-4">Payments already due stay due until you record them as paid.</p>
              </ActionForm>
            )}
          </div>
        </details>
      )}
      {canUpdate && b.status === "ACTIVE" && (
        <details className="mb-8" id="record-payment">
          <summary className="cursor-pointer text-lg font-bold underline">
            Record a payment or adjustment
          </summary>
          <div className="mt-4">
            <ActionForm
              action={recordPaymentAction}
              fields={["kind", "direction", "amount", "paidOn", "reference", "note"]}
              anchors={{ kind: "kind-0", direction: "direction-0", paidOn: "paidOn-day" }}
              submitLabel="Record the payment"
            >
              <input type="hidden" name="id" value={b.id} />
              <input type="hidden" name="submissionKey" value={randomUUID()} />
              <FormRadios
                name="kind"
                legend="What kind of payment"
                // Only the kinds this budget takes: a managed budget pays no family, a direct payment no provider.
                options={[
                  ...(b.paysFamily
                    ? [{ value: "DIRECT_PAYMENT", label: "Direct payment to the family" }]
                    : []),
                  ...(b.paysProviders
                    ? [{ value: "PROVIDER_INVOICE", label: "Provider invoice paid from the budget" }]
                    : []),
                  { value: "ADJUSTMENT", label: "Adjustment to the balance" },
                ]}
              />
              <FormRadios
                name="direction"
                legend="For an adjustment: which way"
                options={[
                  {
                    value: "OFF",
                    label: "Take money off the balance (for example, unspent money recovered)",
                  },
                  { value: "BACK", label: "Put money back on the balance (for example, a correction)" },
                ]}
              />
              <FormTextInput
                id="amount"
                name="amount"
                label="Amount in pounds"
                prefix="£"
                width="10"
                inputMode="decimal"
              />
              <FormDateInput id="paidOn" name="paidOn" legend="Date paid" hint="For example, 27 3 2027" />
              <FormTextInput id="reference" name="reference" label="Reference (optional)" width="20" />
              <FormTextarea id="note" name="note" label="Note (needed for an adjustment)" rows={2} />
            </ActionForm>
          </div>
        </details>
      )}

      <SectionHeading size="m">Evidence of spend</SectionHeading>
      <EvidenceTable
        evidence={b.evidence}
        hrefOf={(e) => route(`/social-worker/budgets/${b.id}/evidence/${e}`)}
      />

      <SectionHeading size="m">Reviews</SectionHeading>
      <ReviewsList reviews={b.reviews} />
      {canUpdate && b.status === "ACTIVE" && (
        <details className="mb-8" id="record-review">
          <summary className="cursor-pointer text-lg font-bold underline">Record a review</summary>
          <div className="mt-4">
            <ActionForm
              action={recordBudgetReviewAction}
              fields={["outcomesMet", "outcome", "nextReviewDate"]}
              anchors={{ outcomesMet: "outcomesMet-0", nextReviewDate: "nextReviewDate-day" }}
              submitLabel="Record the review"
            >
              <input type="hidden" name="id" value={b.id} />
              <FormRadios
                name="outcomesMet"
                legend="How far were the plan's outcomes met?"
                options={[
                  { value: "MET", label: "Met" },
                  { value: "PARTLY_MET", label: "Partly met" },
                  { value: "NOT_MET", label: "Not met" },
                ]}
              />
              <FormTextarea
                id="outcome"
                name="outcome"
                label="What the review found and what changes"
                rows={4}
              />
              <FormDateInput
                id="nextReviewDate"
                name="nextReviewDate"
                legend="Next review date"
                hint="Within two years, for example 1 10 2027"
              />
            </ActionForm>
          </div>
        </details>
      )}

      <p>
        <Link href={route(`/social-worker/children/${b.child.id}`)}>See the child&apos;s record</Link>
      </p>
    </>
  );
}
