import { z } from "zod";
import {
  calendarDateField,
  moneyField,
  optionalMoneyField,
  optionalText,
  pageField,
  editVersionField,
  recordId,
  requiredText,
  submissionKey,
  wholeNumber,
} from "./fields";
import { BudgetType, PaymentKind, PlanItemCategory } from "../generated/prisma/enums";
import { checkMixParts } from "../domain/budgets/budget-parts";

export const BUDGET_TYPE_LABEL: Record<BudgetType, string> = {
  DIRECT_PAYMENT: "Direct payment",
  MANAGED: "Managed budget",
  INDIVIDUAL: "Individual budget",
  MIX: "Mixed budget",
};

/** What each part of a mix is called, in the order the form asks for them. */
export const BUDGET_PART_FIELDS = [
  { field: "directPaymentPart", part: "DIRECT_PAYMENT", label: "Direct payment part" },
  { field: "managedPart", part: "MANAGED", label: "Managed budget part" },
  { field: "individualPart", part: "INDIVIDUAL", label: "Individual budget part" },
] as const;

export const PLAN_ITEM_LABEL: Record<PlanItemCategory, string> = {
  PERSONAL_CARE: "Personal care",
  ONE_TO_ONE: "One-to-one assistant",
  SHORT_TERM_BREAK: "Short-term break",
  DAY_ACTIVITIES: "Day activities",
  COMMISSIONED_SERVICE: "Commissioned service",
  OVERNIGHT_BREAK: "Overnight short break",
  SOCIAL_ACTIVITIES: "Social activities",
};

export const PAYMENT_KIND_LABEL: Record<PaymentKind, string> = {
  DIRECT_PAYMENT: "Direct payment to the family",
  PROVIDER_INVOICE: "Provider invoice paid",
  ADJUSTMENT: "Adjustment",
};

const amount = (what: string) =>
  moneyField({
    missing: `Enter the ${what}`,
    invalid: `The ${what} must be an amount in pounds and pence, like 1250.50`,
    notPositive: `The ${what} must be more than £0`,
    negative: `The ${what} must be more than £0`,
  });

const mixPart = (what: string) =>
  optionalMoneyField(`The ${what} must be an amount in pounds and pence, like 1250.50`).refine(
    (v) => v === null || Number(v) <= 1_000_000,
    `The ${what} must be £1,000,000 or less`,
  );

export const budgetIdSchema = z.object({ id: recordId }).strict();

/** A personal budget proposed from an approved assessment. */
export const proposeBudgetSchema = z
  .object({
    assessmentId: recordId,
    type: z.enum(Object.keys(BUDGET_TYPE_LABEL) as [BudgetType, ...BudgetType[]], {
      error: "Choose how the budget is taken",
    }),
    annualAmount: amount("yearly amount").refine(
      (v) => Number(v) <= 1_000_000,
      "The yearly amount must be £1,000,000 or less",
    ),
    amountReason: optionalText(2000, "The reason must be 2,000 characters or fewer"),
    startDate: calendarDateField("start date"),
    reviewMonths: wholeNumber(1, 24, {
      missing: "Enter the months until the first review",
      notWhole: "The months until the first review must be a whole number, like 6",
      outOfRange: "The first review must be between 1 and 24 months after the start",
    }),
    directPaymentPart: mixPart("direct payment part"),
    managedPart: mixPart("managed budget part"),
    individualPart: mixPart("individual budget part"),
    submissionKey,
  })
  .strict()
  .superRefine(
    (v, ctx) => {
      if (v.type !== "MIX") return;
      // Runs beside the fields' own errors: an amount that did not parse is reported there already.
      const parsed = (x: unknown) => x == null || (typeof x === "string" && /^\d{1,12}(\.\d{1,2})?$/.test(x));
      if (![v.annualAmount, v.directPaymentPart, v.managedPart, v.individualPart].every(parsed)) return;
      const problem = checkMixParts(v.annualAmount, v);
      if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  // Parts typed for a mix and then left behind when another type was chosen are not kept.
  .transform((v) =>
    v.type === "MIX"
      ? {
          ...v,
          directPaymentPart: v.directPaymentPart ?? "0",
          managedPart: v.managedPart ?? "0",
          individualPart: v.individualPart ?? "0",
        }
      : { ...v, directPaymentPart: null, managedPart: null, individualPart: null },
  );
type MixParts = "directPaymentPart" | "managedPart" | "individualPart";
/** The parts are optional for callers other than the form: the data function checks a mix again. */
export type ProposeBudgetInput = Omit<z.output<typeof proposeBudgetSchema>, MixParts> &
  Partial<Record<MixParts, string | null>>;

export const budgetDecisionSchema = z
  .object({
    id: recordId,
    decision: z.enum(["APPROVE", "REFUSE"], { error: "Choose whether to approve or refuse the budget" }),
    reason: z.string().trim().max(2000, "The reason must be 2,000 characters or fewer").optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === "REFUSE" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the budget is refused" });
  });

/** Every form on the draft plan's page sends the plan's edit version as the page was opened (decision 0044). */
const planVersion = editVersionField();

export const planOutcomesSchema = z
  .object({
    id: recordId,
    editVersion: planVersion,
    outcomes: requiredText(5000, {
      missing: "Enter the outcomes from the child's plan",
      tooLong: "The outcomes must be 5,000 characters or fewer",
    }),
  })
  .strict();

/** One care package item of a draft plan. */
export const planItemSchema = z
  .object({
    id: recordId,
    editVersion: planVersion,
    category: z.enum(Object.keys(PLAN_ITEM_LABEL) as [PlanItemCategory, ...PlanItemCategory[]], {
      error: "Choose the kind of support",
    }),
    description: requiredText(500, {
      missing: "Describe the support",
      tooLong: "The description must be 500 characters or fewer",
    }),
    provider: z.string().trim().max(40).optional(),
    frequency: optionalText(200, "The frequency must be 200 characters or fewer"),
    unitCost: optionalMoneyField("The unit cost must be an amount in pounds and pence, like 25.50"),
    annualCost: amount("yearly cost").refine(
      (v) => Number(v) <= 1_000_000,
      "The yearly cost must be £1,000,000 or less",
    ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.provider)
      ctx.addIssue({ code: "custom", path: ["provider"], message: "Choose a provider, or bought directly" });
  })
  .transform(({ provider, ...rest }) => ({
    ...rest,
    boughtDirectly: provider === "DIRECT",
    organisationId: provider && provider !== "DIRECT" ? provider : null,
  }));
export type PlanItemInput = z.output<typeof planItemSchema>;

export const planItemRemovalSchema = z
  .object({ id: recordId, itemId: recordId, editVersion: planVersion })
  .strict();

export const agreePlanSchema = z
  .object({
    id: recordId,
    editVersion: planVersion,
    overBudgetReason: optionalText(2000, "The reason must be 2,000 characters or fewer"),
  })
  .strict();

/** A payment or adjustment recorded against a budget. */
export const recordPaymentSchema = z
  .object({
    id: recordId,
    kind: z.enum(["DIRECT_PAYMENT", "PROVIDER_INVOICE", "ADJUSTMENT"], {
      error: "Choose what kind of payment this is",
    }),
    direction: z.enum(["OFF", "BACK"]).optional(),
    amount: amount("amount").refine((v) => Number(v) <= 1_000_000, "The amount must be £1,000,000 or less"),
    paidOn: calendarDateField("date paid"),
    reference: optionalText(100, "The reference must be 100 characters or fewer"),
    note: optionalText(1000, "The note must be 1,000 characters or fewer"),
    submissionKey,
  })
  .strict()
  .superRefine(
    (v, ctx) => {
      if (v.kind === "ADJUSTMENT" && !v.direction)
        ctx.addIssue({
          code: "custom",
          path: ["direction"],
          message: "Choose whether the adjustment takes money off the balance or puts it back",
        });
      if (v.kind === "ADJUSTMENT" && !v.note)
        ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the balance is adjusted" });
      // Run beside the fields' own errors, so that every problem shows at once.
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  // An adjustment that puts money back is stored negative: the balance takes adjustments off.
  .transform(({ direction, amount: a, ...rest }) => ({
    ...rest,
    amount: rest.kind === "ADJUSTMENT" && direction === "BACK" ? `-${a}` : a,
  }));
export type RecordPaymentInput = z.output<typeof recordPaymentSchema>;

/** The social worker's list of budgets: every search parameter parsed (house rule). */
export const budgetListQuery = z.object({
  status: z.enum(["PROPOSED", "ACTIVE", "ENDED"]).optional(),
  type: z.enum(["DIRECT_PAYMENT", "MANAGED", "INDIVIDUAL", "MIX"]).optional(),
  review: z.enum(["due", "overdue"]).optional(),
  evidence: z.enum(["waiting", "at-risk"]).optional(),
  payments: z.enum(["due"]).optional(),
  page: pageField,
});
export type BudgetListQuery = z.output<typeof budgetListQuery>;

export const REVIEW_OUTCOME_LABEL = {
  MET: "Met",
  PARTLY_MET: "Partly met",
  NOT_MET: "Not met",
} as const;

/** A review of a running budget: how far the outcomes were met, what changes, and the next review. */
export const budgetReviewSchema = z
  .object({
    id: recordId,
    outcomesMet: z.enum(["MET", "PARTLY_MET", "NOT_MET"], {
      error: "Choose how far the plan's outcomes were met",
    }),
    outcome: requiredText(3000, {
      missing: "Say what the review found and what changes",
      tooLong: "What the review found must be 3,000 characters or fewer",
    }),
    nextReviewDate: calendarDateField("next review date"),
  })
  .strict();
export type BudgetReviewInput = z.output<typeof budgetReviewSchema>;

export const EVIDENCE_STATUS_LABEL = {
  SUBMITTED: "Waiting for the social worker",
  QUERIED: "Question for the family",
  ACCEPTED: "Accepted",
  REJECTED: "Not accepted",
} as const;

/** Evidence of spend a family sends for a direct payment. The receipt is checked by content in the data layer. */
export const spendEvidenceSchema = z
  .object({
    id: recordId,
    spentOn: calendarDateField("date of the spending"),
    amount: amount("amount").refine((v) => Number(v) <= 100_000, "The amount must be £100,000 or less"),
    description: requiredText(500, {
      missing: "Say what the money paid for",
      tooLong: "What the money paid for must be 500 characters or fewer",
    }),
    howItHelped: requiredText(2000, {
      missing: "Say how it helped your child",
      tooLong: "How it helped must be 2,000 characters or fewer",
    }),
    // The file itself is read from the form by the action; the object form of it is ignored here.
    receipt: z.unknown().optional(),
    submissionKey,
  })
  .strict()
  .transform(({ receipt: _receipt, ...rest }) => rest);
export type SpendEvidenceInput = z.output<typeof spendEvidenceSchema>;

/** The social worker's decision on one item of evidence. */
export const evidenceDecisionSchema = z
  .object({
    id: recordId,
    decision: z.enum(["ACCEPT", "QUERY", "REJECT"], { error: "Choose what to do with this evidence" }),
    message: optionalText(2000, "The message must be 2,000 characters or fewer"),
  })
  .strict()
  .superRefine(
    (v, ctx) => {
      if (v.decision === "QUERY" && !v.message)
        ctx.addIssue({ code: "custom", path: ["message"], message: "Write your question for the family" });
      if (v.decision === "REJECT" && !v.message)
        ctx.addIssue({ code: "custom", path: ["message"], message: "Say why the evidence is not accepted" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type EvidenceDecisionInput = z.output<typeof evidenceDecisionSchema>;

/** A family's answer to a query, with a different receipt if they have one. */
export const evidenceAnswerSchema = z
  .object({
    id: recordId,
    message: requiredText(2000, {
      missing: "Write your answer",
      tooLong: "Your answer must be 2,000 characters or fewer",
    }),
    receipt: z.unknown().optional(),
    submissionKey,
  })
  .strict()
  .transform(({ receipt: _receipt, ...rest }) => rest);
export type EvidenceAnswerInput = z.output<typeof evidenceAnswerSchema>;

/** A direct payment's schedule: every so many weeks, an amount, from a first date. */
export const paymentScheduleSchema = z
  .object({
    id: recordId,
    /** The budget's edit version as its page was opened (decision 0044). */
    editVersion: editVersionField(),
    everyWeeks: wholeNumber(1, 13, {
      missing: "Enter how many weeks between payments",
      notWhole: "The weeks between payments must be a whole number, like 4",
      outOfRange: "Payments must be between every week and every 13 weeks",
    }),
    amount: amount("amount of each payment").refine(
      (v) => Number(v) <= 100_000,
      "Each payment must be £100,000 or less",
    ),
    firstDue: calendarDateField("date of the first payment"),
  })
  .strict();
export type PaymentScheduleInput = Omit<z.output<typeof paymentScheduleSchema>, "editVersion"> & {
  editVersion?: number;
};

/** Stopping the schedule: the budget and its edit version as the page was opened (decision 0044). */
export const stopPaymentScheduleSchema = budgetIdSchema.extend({ editVersion: editVersionField() });

/** Records a scheduled payment as paid. */
export const markPaymentPaidSchema = z
  .object({
    id: recordId,
    paymentId: recordId,
    paidOn: calendarDateField("date paid"),
    reference: optionalText(100, "The reference must be 100 characters or fewer"),
  })
  .strict();
export type MarkPaymentPaidInput = z.output<typeof markPaymentPaidSchema>;
