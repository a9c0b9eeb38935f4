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
export type ParentFeedbackInput = z.input<typeof parentFeedbackSchema>;

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
export type ChildFeedbackInput = z.input<typeof childFeedbackSchema>;

export const feedbackStatusSchema = z
  .object({
    feedbackId: recordId,
    status: z.enum(FeedbackStatus, { error: "Choose a status" }),
  })
  .strict();

export const feedbackThemesSchema = z
  .object({
    feedbackId: recordId,
    themeIds: checkedIds(50),
  })
  .strict();

export const feedbackThemeSchema = z
  .object({
    name: requiredText("Theme name", 80, "Enter the theme's name"),
  })
  .strict();

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
export type YouSaidWeDidInput = z.input<typeof youSaidWeDidSchema>;

export const feedbackReplySchema = z
  .object({
    submissionKey,
    feedbackId: recordId,
    body: requiredText("Your reply", FEEDBACK_TEXT_MAX.reply, "Write your reply"),
  })
  .strict();

export const CHILD_BATCH_ROWS = 6;

export const childBatchRowSchema = z.object({
  face: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(faceField.optional()),
  liked: optionalText("What they liked", FEEDBACK_TEXT_MAX.liked),
  improve: optionalText("What would make it better", FEEDBACK_TEXT_MAX.improve),
});

export const childFeedbackBatchSchema = z
  .object({
    submissionKey,
    contractId: z.string({ error: "Choose the contract" }).min(1, "Choose the contract").max(40),
  })
  .strict();
