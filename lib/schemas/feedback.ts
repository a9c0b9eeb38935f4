import { z } from "zod";
import { ActionProgress, Face, FeedbackStatus } from "../generated/prisma/enums";
import { FEEDBACK_TEXT_MAX } from "../domain/feedback-questions";
import { looksLikeMarkup, MARKUP_MESSAGE } from "../domain/plain-text";
import {
  checkbox,
  checkedIds,
  formatLimit,
  optionalText as optionalTextField,
  recordId,
  requiredText as requiredTextField,
  submissionKey,
} from "./fields";

export { submissionKey };

const tooLong = (label: string, max: number) => `${label} must be ${formatLimit(max)} characters or fewer`;

/** Required free text: trimmed, limited, plain words only. */
function requiredText(label: string, max: number, missing: string) {
  return requiredTextField(max, { missing, tooLong: tooLong(label, max) }).refine(
    (v) => !looksLikeMarkup(v),
    `${label} ${MARKUP_MESSAGE}`,
  );
}

/** Optional free text, plain words only: empty becomes undefined. */
function optionalText(label: string, max: number) {
  return optionalTextField(max, tooLong(label, max)).refine(
    (v) => v === undefined || !looksLikeMarkup(v),
    `${label} ${MARKUP_MESSAGE}`,
  );
}

const rating = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : Number(v)))
    .pipe(
      z
        .number()
        .int(`Choose a number from 1 to 5 for "${label}"`)
        .min(1, `Choose a number from 1 to 5 for "${label}"`)
        .max(5, `Choose a number from 1 to 5 for "${label}"`)
        .optional(),
    );

/** `general`, or `service:<id>`, `contract:<id>`, `provider:<id>` from the family's own list. */
export const subjectField = z
  .string({ error: "Choose what your feedback is about" })
  .regex(/^(general|(service|contract|provider):[a-z0-9]{1,40})$/, "Choose what your feedback is about");

export const parentFeedbackSchema = z
  .object({
    submissionKey,
    subject: subjectField,
    "supported-at-home": rating("I feel supported to care for my child at home"),
    "child-enjoyed": rating("My child enjoyed it"),
    "staff-understood": rating("Staff understood my child's needs"),
    comment: requiredText("Your feedback", FEEDBACK_TEXT_MAX.comment, "Tell us about your experience"),
    consentToQuote: checkbox,
    contactRequested: checkbox,
  })
  .strict();
export type ParentFeedbackInput = z.output<typeof parentFeedbackSchema>;

const faceField = z.enum(Face, { error: "Choose a face: happy, okay or sad" });

export const childFeedbackSchema = z
  .object({
    submissionKey,
    face: faceField,
    liked: optionalText("What you liked", FEEDBACK_TEXT_MAX.liked),
    improve: optionalText("What would make it better", FEEDBACK_TEXT_MAX.improve),
    helpedBy: z.enum(["alone", "adult"], { error: "Choose who filled this in" }),
    subject: subjectField.optional().or(z.literal("").transform(() => undefined)),
  })
  .strict();
export type ChildFeedbackInput = z.output<typeof childFeedbackSchema>;

/** The public Easy Read form: the same questions, and the council whose page it was sent from. */
export const publicChildFeedbackSchema = childFeedbackSchema.extend({ council: z.string().min(1).max(80) });

export const feedbackStatusSchema = z
  .object({
    feedbackId: recordId,
    status: z.enum(FeedbackStatus, { error: "Choose a status" }),
  })
  .strict();
export type FeedbackStatusInput = z.output<typeof feedbackStatusSchema>;

export const feedbackThemesSchema = z
  .object({
    feedbackId: recordId,
    themeIds: checkedIds(50),
  })
  .strict();
export type FeedbackThemesInput = z.output<typeof feedbackThemesSchema>;

export const feedbackThemeSchema = z
  .object({
    name: requiredText("Theme name", 80, "Enter the theme's name"),
  })
  .strict();
export type FeedbackThemeInput = z.output<typeof feedbackThemeSchema>;

const dateField = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a real date`)
        .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), `${label} must be a real date`)
        .optional(),
    );

export const youSaidWeDidSchema = z
  .object({
    submissionKey: submissionKey.optional(),
    actionId: z.string().max(40).optional(),
    youSaid: requiredText("What people said", FEEDBACK_TEXT_MAX.youSaid, "Summarise what people said"),
    weDid: requiredText(
      "What the council did",
      FEEDBACK_TEXT_MAX.weDid,
      "Say what the council did or will do",
    ),
    status: z.enum(ActionProgress, { error: "Choose a status" }),
    startedOn: dateField("Start date"),
    completedOn: dateField("Completion date"),
    themeIds: checkedIds(20).min(1, "Choose at least one theme"),
    feedbackIds: checkedIds(500),
    publish: checkbox,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status === "DONE" && !v.completedOn)
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Enter the date it was done" });
    if (v.startedOn && v.completedOn && v.completedOn < v.startedOn)
      ctx.addIssue({
        code: "custom",
        path: ["completedOn"],
        message: "Completion date must be on or after the start date",
      });
  });
export type YouSaidWeDidInput = z.output<typeof youSaidWeDidSchema>;

export const feedbackReplySchema = z
  .object({
    submissionKey,
    feedbackId: recordId,
    body: requiredText("Your reply", FEEDBACK_TEXT_MAX.reply, "Write your reply"),
  })
  .strict();
export type FeedbackReplyInput = z.output<typeof feedbackReplySchema>;

export const CHILD_BATCH_ROWS = 6;

/** Row i of the batch form (`face-0`, `liked-0`, `improve-0`, …); each message names the child. */
function childBatchRow(i: number) {
  const child = `Child ${i + 1}:`;
  return {
    [`face-${i}`]: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.enum(Face, { error: `${child} Choose a face: happy, okay or sad` }).optional()),
    [`liked-${i}`]: optionalText(`${child} What they liked`, FEEDBACK_TEXT_MAX.liked),
    [`improve-${i}`]: optionalText(`${child} What would make it better`, FEEDBACK_TEXT_MAX.improve),
  };
}

export interface ChildBatchRow {
  face: Face;
  liked?: string;
  improve?: string;
}

/**
 * Children's feedback a provider collected at sessions: one contract and up to CHILD_BATCH_ROWS
 * rows. Blank rows are skipped; a row with words needs a face; at least one row is needed.
 */
export const childFeedbackBatchSchema = z
  .object({
    submissionKey,
    contractId: z.string({ error: "Choose the contract" }).min(1, "Choose the contract").max(40),
    ...Object.fromEntries(
      Array.from({ length: CHILD_BATCH_ROWS }, (_, i) => Object.entries(childBatchRow(i))).flat(),
    ),
  })
  .strict()
  .transform((form, ctx) => {
    // The row fields (childBatchRow) are all optional text; their computed keys are not in the type.
    const cells: Record<string, string | undefined> = form;
    const cell = (key: string) => cells[key];
    const rows: ChildBatchRow[] = [];
    let faceMissing = false;
    for (let i = 0; i < CHILD_BATCH_ROWS; i++) {
      const [face, liked, improve] = [cell(`face-${i}`), cell(`liked-${i}`), cell(`improve-${i}`)];
      if (!face && !liked && !improve) continue;
      if (!face) {
        faceMissing = true;
        ctx.addIssue({
          code: "custom",
          path: [`face-${i}`],
          message: `Child ${i + 1}: choose a face: happy, okay or sad`,
        });
        continue;
      }
      rows.push({ face: face as Face, liked, improve });
    }
    if (!rows.length && !faceMissing)
      ctx.addIssue({ code: "custom", path: ["face-0"], message: "Enter at least one child's answer" });
    return { submissionKey: form.submissionKey, contractId: form.contractId, rows };
  });
export type ChildFeedbackBatchInput = z.output<typeof childFeedbackBatchSchema>;
