import { z } from "zod";
import { calendarDateField, foldDateParts, formatLimit, requiredText } from "./fields";

/**
 * The short breaks services statement: the council's text (the draft commissioners edit), and the
 * content of a published version (that text with the live figures as they were when it was
 * published). Versions store `statementContentSchema` as JSON and are read back through it.
 */

/** How a family reaches a type of short break. */
export const ACCESS_ROUTES = ["SELF_REFERRAL", "ASSESSMENT", "EITHER"] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const ACCESS_ROUTE_LABEL: Record<AccessRoute, string> = {
  SELF_REFERRAL: "Self-referral: contact the provider, no assessment needed",
  ASSESSMENT: "After a Child and Family Assessment by a social worker",
  EITHER: "Self-referral, or through an assessment for more support",
};
export const ACCESS_ROUTE_EASY: Record<AccessRoute, string> = {
  SELF_REFERRAL: "You can ask the provider yourself.",
  ASSESSMENT: "A social worker talks with you first.",
  EITHER: "You can ask the provider yourself, or a social worker can help.",
};

export const STATEMENT_TEXT_MAX = 6000;
export const ELIGIBILITY_MAX = 600;
export const CHANGELOG_MAX = 300;

/** The council's words for one type of service: who is eligible, and how it is reached. */
export const statementTypeTextSchema = z.object({
  code: z.string().min(1).max(40),
  eligibility: z.string().max(ELIGIBILITY_MAX),
  access: z.enum(ACCESS_ROUTES),
});
export type StatementTypeText = z.infer<typeof statementTypeTextSchema>;

/** `ShortBreaksStatementDraft.types` as stored. */
export const statementDraftTypesSchema = z.array(statementTypeTextSchema);

/** A carers' outcome measure from outcome returns, after small-number suppression. */
export const carersOutcomeSchema = z.object({
  measure: z.string(),
  /** Weighted share (whole per cent); null when suppressed. */
  percent: z.number().int().nullable(),
  /** Families behind the figure; null when suppressed. */
  families: z.number().int().nullable(),
  contracts: z.number().int(),
  suppressed: z.boolean(),
});
export type CarersOutcome = z.infer<typeof carersOutcomeSchema>;

export const statementTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  eligibility: z.string(),
  access: z.enum(ACCESS_ROUTES),
  listings: z.number().int(),
  liveContracts: z.number().int(),
  /** Providers holding live contracts of this type (public, as in the contracts register). */
  providers: z.array(z.string()),
  carers: z.array(carersOutcomeSchema),
});
export type StatementType = z.infer<typeof statementTypeSchema>;

/** A whole statement as shown: the text, and the figures as of `generatedAt`. */
export const statementContentSchema = z.object({
  councilName: z.string(),
  introduction: z.string(),
  howToGet: z.string(),
  /** ISO date (YYYY-MM-DD) the council will next review the statement. */
  reviewDate: z.string().nullable(),
  generatedAt: z.string(),
  threshold: z.number().int(),
  types: z.array(statementTypeSchema),
  carers: z.array(carersOutcomeSchema),
  youSaidWeDid: z.array(z.object({ youSaid: z.string(), weDid: z.string(), publishedAt: z.string() })),
});
export type StatementContent = z.infer<typeof statementContentSchema>;

/** Reads a stored version's content; a row that does not parse is a bug, not a user's error. */
export function readStatementContent(json: unknown): StatementContent {
  return statementContentSchema.parse(json);
}

export function readStatementDraftTypes(json: unknown): StatementTypeText[] {
  return statementDraftTypesSchema.parse(json);
}

const ELIGIBILITY_KEY = /^eligibility-([A-Z0-9_]{1,40})$/;
const ACCESS_KEY = /^access-([A-Z0-9_]{1,40})$/;

/**
 * The edit form: the general text and the review date, then for each type of service
 * `eligibility-<code>` (text) and `access-<code>` (one of ACCESS_ROUTES). The type codes are the
 * portal's, read at run time, so this parses any code of the right shape and refuses every other
 * field; updateStatementDraft checks that each type has its answer.
 */
export const statementTextFormSchema = z
  .object({
    introduction: requiredText(STATEMENT_TEXT_MAX, {
      missing: "Enter the introduction",
      tooLong: `The introduction must be ${formatLimit(STATEMENT_TEXT_MAX)} characters or fewer`,
    }),
    howToGet: requiredText(STATEMENT_TEXT_MAX, {
      missing: "Enter how families get short breaks",
      tooLong: `How families get short breaks must be ${formatLimit(STATEMENT_TEXT_MAX)} characters or fewer`,
    }),
    reviewDate: calendarDateField("review date"),
  })
  .catchall(z.string())
  .superRefine((v, ctx) => {
    for (const [key, value] of Object.entries(v)) {
      if (key === "introduction" || key === "howToGet" || key === "reviewDate") continue;
      if (ELIGIBILITY_KEY.test(key)) {
        if (typeof value === "string" && value.trim().length > ELIGIBILITY_MAX)
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `Who is eligible must be ${formatLimit(ELIGIBILITY_MAX)} characters or fewer`,
          });
      } else if (ACCESS_KEY.test(key)) {
        if (!(ACCESS_ROUTES as readonly unknown[]).includes(value))
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: "Choose how families get this type of short break",
          });
      } else ctx.addIssue({ code: "custom", path: [key], message: "This field is not part of the form" });
    }
  })
  .transform((v) => {
    const eligibility = new Map<string, string>();
    const access = new Map<string, AccessRoute>();
    for (const [key, value] of Object.entries(v)) {
      const e = ELIGIBILITY_KEY.exec(key);
      if (e) eligibility.set(e[1], String(value).trim());
      const a = ACCESS_KEY.exec(key);
      if (a) access.set(a[1], value as AccessRoute);
    }
    return {
      introduction: v.introduction,
      howToGet: v.howToGet,
      reviewDate: v.reviewDate,
      eligibility,
      access,
    };
  });
export type StatementTextForm = z.output<typeof statementTextFormSchema>;

/** The form object with the review date's three parts folded into one field. */
export function readStatementTextForm(input: Record<string, unknown>): Record<string, unknown> {
  return foldDateParts(input, "reviewDate");
}

export const publishStatementSchema = z
  .object({
    changelog: requiredText(CHANGELOG_MAX, {
      missing: "Say in one line what changed in this version",
      tooLong: `What changed must be ${formatLimit(CHANGELOG_MAX)} characters or fewer`,
    }),
  })
  .strict();
