import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { emailField } from "./auth";
import { optionalMoneyField, requiredText, submissionKey, wholeNumber } from "./fields";

export { submissionKey };

// A council gives only its own roles: never the platform administrator's.
export const roleField = z
  .enum(Role, { error: "Choose a role" })
  .exclude(["PLATFORM_ADMIN"], { error: "Choose a role" });

export const createUserSchema = z
  .object({
    submissionKey,
    name: requiredText(120, {
      missing: "Enter the person's full name",
      tooLong: "Name must be 120 characters or fewer",
    }),
    email: emailField,
    role: roleField,
    organisationId: z.string().trim().optional(),
    familyName: z.string().trim().max(120, "Family name must be 120 characters or fewer").optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role === "PROVIDER" && !v.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choose the provider organisation" });
    }
  });

export const changeRoleSchema = z
  .object({
    userId: z.string().min(1),
    role: roleField,
    organisationId: z.string().trim().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role === "PROVIDER" && !v.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choose the provider organisation" });
    }
  });

export const userIdSchema = z.object({ userId: z.string().min(1) }).strict();

export const councilSettingsSchema = z
  .object({
    statisticsThreshold: z.coerce
      .number({ error: "Enter the statistics threshold as a whole number" })
      .int("Enter the statistics threshold as a whole number")
      .min(3, "The statistics threshold must be 3 or more")
      .max(100, "The statistics threshold must be 100 or fewer"),
    retentionDays: z.coerce
      .number({ error: "Enter the retention period as a whole number of days" })
      .int("Enter the retention period as a whole number of days")
      .min(0, "The retention period must be 0 days or more")
      .max(90, "The retention period must be 90 days or fewer"),
    returnDueDays: z.coerce
      .number({ error: "Enter the days allowed for returns as a whole number" })
      .int("Enter the days allowed for returns as a whole number")
      .min(1, "Returns must be due at least 1 day after the quarter")
      .max(90, "Returns must be due within 90 days of the quarter"),
    standstillDays: z.coerce
      .number({ error: "Enter the standstill period as a whole number of days" })
      .int("Enter the standstill period as a whole number of days")
      .min(0, "The standstill period must be 0 days or more")
      .max(60, "The standstill period must be 60 days or fewer"),
    annualBudget: optionalMoneyField("Enter the budget in pounds, like 17500000 or 17,500,000.00"),
    specificationFourEyes: z
      .enum(["yes", "no"], { error: "Choose whether a second commissioner approves each specification" })
      .transform((v) => v === "yes")
      // Left out (an older form), the setting stays as it is.
      .optional(),
    // The settings below joined later (issue 18): left out, each stays as it is.
    assessmentFourEyes: z
      .enum(["yes", "no"], {
        error: "Choose whether a second social worker decides each assessment and personal budget",
      })
      .transform((v) => v === "yes")
      .optional(),
    budgetReviewMonths: wholeNumber(1, 24, {
      missing: "Enter the months to a budget's first review",
      notWhole: "Enter the months to a budget's first review as a whole number",
      outOfRange: "The first review must be between 1 and 24 months after a budget starts",
    }).optional(),
    evidenceDeadlineDays: wholeNumber(7, 365, {
      missing: "Enter the days allowed for evidence of spend",
      notWhole: "Enter the days allowed for evidence of spend as a whole number",
      outOfRange: "The days allowed for evidence of spend must be between 7 and 365",
    }).optional(),
    // At most 25: next.config.js lets a server action take 26 MB (decision 0032).
    uploadLimitMb: wholeNumber(1, 25, {
      missing: "Enter the largest upload in megabytes",
      notWhole: "Enter the largest upload as a whole number of megabytes",
      outOfRange: "The largest upload must be between 1 and 25 megabytes",
    }).optional(),
    sessionIdleMinutes: wholeNumber(5, 120, {
      missing: "Enter the minutes a staff session may be idle",
      notWhole: "Enter the minutes a staff session may be idle as a whole number",
      outOfRange: "A staff session may be idle for between 5 and 120 minutes",
    }).optional(),
    sessionMaxHours: wholeNumber(1, 12, {
      missing: "Enter the hours a staff session may last",
      notWhole: "Enter the hours a staff session may last as a whole number",
      outOfRange: "A staff session may last between 1 and 12 hours",
    }).optional(),
    ocidPrefix: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^(ocds-[a-z0-9]{6})?$/,
        "Enter the ocid prefix as ocds- then 6 letters or digits, like ocds-a1b2c3",
      )
      // Empty: the portal's default prefix is used.
      .transform((v) => v || null)
      .optional(),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "The contact e-mail address must be 254 characters or fewer")
      .pipe(
        z.union([
          z.literal(""),
          z.email("Enter the contact e-mail address in the right format, like name@example.com"),
        ]),
      )
      .transform((v) => v || null)
      .optional(),
  })
  .strict();
