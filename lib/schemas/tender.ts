import { z } from "zod";
import { FormInvalid } from "../actions/form-state";
import { criteriaProblems } from "../domain/tenders/weights";
import type { CriterionKind } from "../generated/prisma/enums";
import { englandTime } from "../domain/dates";
import {
  calendarDateField,
  dateParts,
  editVersionField,
  formatLimit,
  moneyField,
  optionalText as optionalTextField,
  recordId,
  requiredText,
  submissionKey,
  wholeNumber,
} from "./fields";
import { QUALITY_ROWS } from "./tender-rows";

export { QUALITY_ROWS };

const text = (label: string, max: number) =>
  requiredText(max, {
    missing: `Enter ${label}`,
    tooLong: `${cap(label)} must be ${formatLimit(max)} characters or fewer`,
  });

const optionalText = (label: string, max: number) =>
  optionalTextField(max, `${label} must be ${formatLimit(max)} characters or fewer`).transform(
    (v) => v ?? null,
  );

const weightField = (label: string) => {
  // A blank weight reads the same as a wrong one: the boxes start empty.
  const message = `The weight for ${label} must be a whole number from 1 to 100`;
  return wholeNumber(1, 100, { missing: message, notWhole: message, outOfRange: message });
};

const pounds = (label: string) =>
  moneyField({
    missing: `Enter ${label}`,
    invalid: `${cap(label)} must be an amount in pounds, like 125000 or 125000.50`,
    notPositive: `${cap(label)} must be more than £0`,
  });

const detailsSchema = z.object({
  title: text("a title", 200),
  description: text("a description", 5000),
  estimatedValue: pounds("the estimated contract value"),
  hideBidderNames: z.enum(["yes", "no"], { error: "Choose whether the panel sees bidder names" }),
});

export interface CriterionInput {
  kind: CriterionKind;
  title: string;
  question: string;
  guidance: string | null;
  weight: number;
}

export interface TenderInput extends z.output<typeof detailsSchema> {
  clarificationDeadline: Date;
  submissionDeadline: Date;
  evaluationEndsAt: Date;
  criteria: CriterionInput[];
}

/** Reads the tender form: details, timeline (deadlines at noon in England) and criteria. Every problem at once. */
export function parseTenderForm(input: Record<string, unknown>): TenderInput {
  const errors: Record<string, string> = {};
  const details = detailsSchema.safeParse(input);
  if (!details.success) for (const i of details.error.issues) errors[String(i.path[0])] ??= i.message;

  const dates: Partial<Record<"clarificationDeadline" | "submissionDeadline" | "evaluationEndsAt", Date>> =
    {};
  const labels = {
    clarificationDeadline: "clarification deadline",
    submissionDeadline: "submission deadline",
    evaluationEndsAt: "evaluation end date",
  } as const;
  for (const [name, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    const r = calendarDateField(label).safeParse(dateParts(input, name));
    if (r.success) dates[name] = englandTime(r.data, name === "evaluationEndsAt" ? 17 : 12);
    else errors[name] = r.error.issues[0].message;
  }
  if (
    dates.clarificationDeadline &&
    dates.submissionDeadline &&
    dates.clarificationDeadline >= dates.submissionDeadline
  )
    errors.clarificationDeadline ??= "The clarification deadline must be before the submission deadline";
  if (
    dates.submissionDeadline &&
    dates.evaluationEndsAt &&
    dates.submissionDeadline >= dates.evaluationEndsAt
  )
    errors.evaluationEndsAt ??= "The evaluation must end after the submission deadline";

  const criteria: CriterionInput[] = [];
  const field = (k: string) => (typeof input[k] === "string" ? String(input[k]).trim() : "");
  for (let i = 0; i < QUALITY_ROWS; i++) {
    const used = [`q${i}Title`, `q${i}Question`, `q${i}Weight`, `q${i}Guidance`].some((k) => field(k));
    if (!used) continue;
    const n = i + 1;
    const r = z
      .object({
        title: text(`a title for quality criterion ${n}`, 120),
        question: text(`the question for quality criterion ${n}`, 2000),
        guidance: optionalText(`Guidance for quality criterion ${n}`, 1000),
        weight: weightField(`quality criterion ${n}`),
      })
      .safeParse({
        title: field(`q${i}Title`),
        question: field(`q${i}Question`),
        guidance: field(`q${i}Guidance`),
        weight: field(`q${i}Weight`),
      });
    if (r.success) criteria.push({ kind: "QUALITY", ...r.data });
    else for (const issue of r.error.issues) errors[`q${i}${cap(String(issue.path[0]))}`] ??= issue.message;
  }
  const price = weightField("price").safeParse(field("priceWeight"));
  if (price.success)
    criteria.push({
      kind: "PRICE",
      title: "Price",
      question: "",
      guidance: "The lowest price scores the full weight; others score lowest price ÷ their price × weight.",
      weight: price.data,
    });
  else errors.priceWeight = price.error.issues[0].message;
  if (field("ypTitle") || field("ypQuestion") || field("ypWeight")) {
    const r = z
      .object({
        title: text("a title for the young people's criterion", 120),
        question: text("the question for the young people's criterion", 2000),
        weight: weightField("the young people's criterion"),
      })
      .safeParse({ title: field("ypTitle"), question: field("ypQuestion"), weight: field("ypWeight") });
    if (r.success)
      criteria.push({
        kind: "YOUNG_PEOPLE",
        ...r.data,
        guidance: "Young commissioners score this criterion.",
      });
    else for (const issue of r.error.issues) errors[`yp${cap(String(issue.path[0]))}`] ??= issue.message;
  }
  if (!Object.keys(errors).length) {
    const problems = criteriaProblems(criteria);
    if (problems.length) errors.weights = problems.join(" ");
  }
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return {
    ...details.data!,
    clarificationDeadline: dates.clarificationDeadline!,
    submissionDeadline: dates.submissionDeadline!,
    evaluationEndsAt: dates.evaluationEndsAt!,
    criteria,
  };
}

function cap(s: string) {
  return s[0].toUpperCase() + s.slice(1);
}

export const TENDER_FORM_FIELDS = [
  "title",
  "description",
  "estimatedValue",
  "clarificationDeadline",
  "submissionDeadline",
  "evaluationEndsAt",
  "hideBidderNames",
  ...Array.from({ length: QUALITY_ROWS }, (_, i) =>
    ["Title", "Question", "Guidance", "Weight"].map((f) => `q${i}${f}`),
  ).flat(),
  "priceWeight",
  "ypTitle",
  "ypQuestion",
  "ypWeight",
  "weights",
];

export const createTenderSchema = z.object({
  submissionKey,
  specificationId: z.string().min(1, "Choose an approved specification").max(40),
});

export const tenderIdSchema = z.object({ tenderId: recordId });

export const moveTenderSchema = z.object({
  tenderId: recordId,
  to: z.enum(["PUBLISHED", "CLOSED", "IN_EVALUATION", "CANCELLED"], { error: "Choose what to do" }),
  reason: z.string().trim().max(1000, "The reason must be 1,000 characters or fewer").optional(),
});

export const questionSchema = z.object({
  submissionKey,
  tenderId: recordId,
  question: text("your question", 2000),
});

export const answerSchema = z.object({
  questionId: recordId,
  answer: text("an answer", 4000),
});

export const bidSaveSchema = z.object({
  tenderId: recordId,
  /** The bid's edit version as the page was opened; 0 before the first save (decision 0044). */
  editVersion: editVersionField(0),
  intent: z.enum(["save", "submit"]),
  price: z.string().trim().optional(),
  safeguarding: z.string().optional(),
  insurance: z.string().optional(),
});

export const scoreSchema = z.object({
  tenderId: recordId,
  bidId: recordId,
  criterionId: recordId,
  score: z
    .string({ error: "Choose a score from 0 to 5" })
    .regex(/^[0-5]$/, "Choose a score from 0 to 5")
    .transform(Number),
  reason: text("a reason for your score", 2000),
});

export const moderateSchema = z.object({
  tenderId: recordId,
  bidId: recordId,
  criterionId: recordId,
  score: z
    .string({ error: "Choose a moderated score from 0 to 5" })
    .regex(/^[0-5]$/, "Choose a moderated score from 0 to 5")
    .transform(Number),
  note: text("a moderation note", 2000),
});
