import { z } from "zod";
import type { RecommendationOutcome } from "../generated/prisma/enums";
import { REVIEW_AREAS, type ReviewArea, type ReviewRatings } from "../domain/involvement/venue-review";
import {
  calendarDateField,
  checkedIds,
  formatLimit,
  optionalText,
  recordId,
  requiredText,
  submissionKey,
} from "./fields";
import { pageField } from "./search-params";
import { VENUE_REVIEW_VIEWS } from "../domain/involvement/venue-review";

const text = (label: string, max: number) =>
  requiredText(max, {
    missing: `Enter ${label}`,
    tooLong: `${label[0].toUpperCase()}${label.slice(1)} must be ${formatLimit(max)} characters or fewer`,
  });

/** A date that may be left blank (all three parts empty → null); otherwise a real date. */
function optionalCalendarDate(label: string) {
  const real = calendarDateField(label);
  return z
    .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
    .transform((v, ctx) => {
      if (!v.day && !v.month && !v.year) return null;
      const parsed = real.safeParse(v);
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? `Enter a real ${label}` });
      return z.NEVER;
    });
}

export const YOUNG_COMMISSIONER_DETAILS_FIELDS = [
  "dateOfBirth",
  "consentGivenBy",
  "consentRelationship",
  "consentGivenOn",
] as const;

export const youngCommissionerDetailsSchema = z
  .object({
    membershipId: recordId,
    dateOfBirth: optionalCalendarDate("date of birth"),
    consentGivenBy: optionalText(200, "The name must be 200 characters or fewer"),
    consentRelationship: optionalText(100, "How they are related must be 100 characters or fewer"),
    consentGivenOn: optionalCalendarDate("date consent was given"),
  })
  .strict();

export const trainingRecordSchema = z
  .object({
    membershipId: recordId,
    moduleId: z
      .string({ error: "Choose a training module from the list" })
      .min(1, "Choose a training module from the list")
      .max(40),
    completedOn: calendarDateField("date they completed it"),
    deliveredBy: optionalText(200, "Who delivered it must be 200 characters or fewer"),
  })
  .strict();

export const trainingModuleSchema = z
  .object({
    name: text("the module's name", 200),
    description: optionalText(1000, "The description must be 1,000 characters or fewer"),
  })
  .strict();

/** The venue review lists' query string (commissioner and provider). */
export const venueReviewSearchSchema = z.object({
  page: pageField,
  view: z.enum(VENUE_REVIEW_VIEWS).optional(),
  /** One provider's reviews (from a contract's or a provider's page). */
  organisation: recordId.optional(),
});

export const scheduleVenueReviewSchema = z
  .object({
    submissionKey,
    serviceId: z
      .string({ error: "Choose the service to review" })
      .min(1, "Choose the service to review")
      .max(40),
    plannedFor: calendarDateField("visit date"),
    reviewerIds: checkedIds(12).min(1, "Choose at least one young commissioner for the team"),
    supportStaffId: z
      .string({ error: "Choose the member of staff who will support the team" })
      .min(1, "Choose the member of staff who will support the team")
      .max(40),
  })
  .strict();

/** How many recommendation boxes the review form has. */
export const RECOMMENDATION_BOXES = 5;

const face = z.enum(["HAPPY", "OKAY", "SAD"], { error: "Pick a face" }).optional();
const ratingFields = Object.fromEntries(REVIEW_AREAS.map((a) => [`rating-${a.code}`, face])) as Record<
  `rating-${ReviewArea}`,
  typeof face
>;
const recommendationFields = Object.fromEntries(
  Array.from({ length: RECOMMENDATION_BOXES }, (_, i) => [
    `recommendation${i + 1}`,
    optionalText(1000, "Write 1,000 characters or fewer"),
  ]),
) as Record<string, ReturnType<typeof optionalText>>;

export const submitVenueReviewSchema = z
  .object({
    reviewId: recordId,
    visitedOn: calendarDateField({
      missing: "Enter the day you visited",
      invalid: "The day you visited must be a real date, like 27 3 2027",
    }),
    ...ratingFields,
    whatWasGood: optionalText(2000, "Write 2,000 characters or fewer"),
    ...recommendationFields,
  })
  .strict()
  .transform((v) => {
    const ratings: ReviewRatings = {};
    for (const a of REVIEW_AREAS) {
      const f = v[`rating-${a.code}`];
      if (f) ratings[a.code] = f;
    }
    const recommendations = Array.from(
      { length: RECOMMENDATION_BOXES },
      // The boxes are built from RECOMMENDATION_BOXES, so their keys are not in the static type.
      (_, i) => (v as Record<string, unknown>)[`recommendation${i + 1}`],
    ).filter((t): t is string => !!t);
    return {
      reviewId: v.reviewId,
      visitedOn: v.visitedOn,
      ratings,
      whatWasGood: v.whatWasGood ?? null,
      recommendations,
    };
  });

export const respondToRecommendationSchema = z
  .object({
    reviewId: recordId,
    recommendationId: recordId,
    decision: z.enum(["ACCEPTED", "NOT_ACCEPTED"], { error: "Say whether you accept it" }),
    plan: optionalText(2000, "The plan must be 2,000 characters or fewer"),
    plannedBy: optionalCalendarDate("date it will be done by"),
    explanation: optionalText(2000, "The explanation must be 2,000 characters or fewer"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === "ACCEPTED") {
      if (!v.plan) ctx.addIssue({ code: "custom", path: ["plan"], message: "Say what you will do" });
      if (!v.plannedBy)
        ctx.addIssue({ code: "custom", path: ["plannedBy"], message: "Enter the date it will be done by" });
    } else if (!v.explanation)
      ctx.addIssue({ code: "custom", path: ["explanation"], message: "Explain why you do not accept it" });
  })
  .transform((v) => ({
    reviewId: v.reviewId,
    recommendationId: v.recommendationId,
    // superRefine above has made sure the fields each answer needs are there.
    answer:
      v.decision === "ACCEPTED"
        ? { decision: "ACCEPTED" as const, plan: v.plan ?? "", plannedBy: v.plannedBy ?? new Date(NaN) }
        : { decision: "NOT_ACCEPTED" as const, explanation: v.explanation ?? "" },
  }));

export const scheduleRevisitSchema = z
  .object({ reviewId: recordId, revisitOn: calendarDateField("revisit date") })
  .strict();

/** The revisit form: `outcome-<recommendation id>` and `note-<id>` per recommendation, read into `findings`. */
export const recordRevisitSchema = z
  .object({
    reviewId: recordId,
    visitedOn: calendarDateField({
      missing: "Enter the day you went back",
      invalid: "The day you went back must be a real date, like 27 3 2027",
    }),
    summary: text("what you found", 2000),
    findings: z
      .array(
        z.object({
          recommendationId: recordId,
          outcome: z.string(),
          note: optionalText(1000, "Write 1,000 characters or fewer"),
        }),
      )
      .max(RECOMMENDATION_BOXES),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const f of v.findings)
      if (!["DONE", "PARTLY_DONE", "NOT_DONE"].includes(f.outcome))
        ctx.addIssue({
          code: "custom",
          path: [`outcome-${f.recommendationId}`],
          message: "Say if this was done, partly done or not done",
        });
  })
  .transform((v) => ({
    ...v,
    findings: v.findings.map((f) => ({
      recommendationId: f.recommendationId,
      outcome: f.outcome as RecommendationOutcome,
      note: f.note ?? null,
    })),
  }));

/** Reads the revisit form's per-recommendation fields into `findings`, in form order. */
export function readRevisitForm(input: Record<string, unknown>): Record<string, unknown> {
  const findings: { recommendationId: string; outcome: string; note: unknown }[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const id = /^recommendation-(.+)$/.exec(key)?.[1];
    if (id)
      findings.push({
        recommendationId: id,
        outcome: String(input[`outcome-${id}`] ?? ""),
        note: input[`note-${id}`],
      });
    else if (!/^(outcome|note)-/.test(key)) out[key] = value;
  }
  return { ...out, findings };
}

/** A photo the team adds to a review before sending it; the image itself is checked by content in the data layer. */
export const addVenueReviewPhotoSchema = z
  .object({
    reviewId: recordId,
    caption: requiredText(200, {
      missing: "Say what the photo shows",
      tooLong: "What the photo shows must be 200 characters or fewer",
    }),
    // The file is read from the form by the action; the object form of it is ignored here.
    photo: z.unknown().optional(),
    submissionKey,
  })
  .strict()
  .transform(({ photo: _photo, ...rest }) => rest);

export const removeVenueReviewPhotoSchema = z.object({ reviewId: recordId, photoId: recordId }).strict();
