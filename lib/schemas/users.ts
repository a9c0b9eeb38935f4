import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { emailField } from "./auth";
import { optionalMoneyField, requiredText, submissionKey } from "./fields";

export { submissionKey };

export const roleField = z.enum(Role, { error: "Choose a role" });

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
  })
  .strict();
