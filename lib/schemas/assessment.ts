import { z } from "zod";
import { calendarDateField, optionalText, recordId, requiredText } from "./fields";

export const startAssessmentSchema = z.object({ childId: recordId }).strict();

export const assessmentIdSchema = z.object({ id: recordId }).strict();

export const assessmentSummarySchema = z
  .object({
    id: recordId,
    summary: requiredText(5000, {
      missing: "Enter the summary of the Child and Family Assessment",
      tooLong: "The summary must be 5,000 characters or fewer",
    }),
  })
  .strict();

/** One domain's page: the assessment, the domain's position, and an option index per question code. */
export const domainAnswersSchema = z
  .object({
    id: recordId,
    domain: z.coerce.number().int().min(0).max(99),
    intent: z.enum(["continue", "save"]).default("save"),
  })
  .catchall(z.string().regex(/^\d{1,3}$/, "Choose one of the answers"))
  .transform(({ id, domain, intent, ...rest }) => ({
    id,
    domain,
    intent,
    answers: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Number(v)])),
  }));

export const assessmentDecisionSchema = z
  .object({
    id: recordId,
    decision: z.enum(["APPROVE", "REFUSE"], { error: "Choose whether to approve or refuse the assessment" }),
    reason: z.string().trim().max(2000, "The reason must be 2,000 characters or fewer").optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === "REFUSE" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the assessment is refused" });
  })
  .transform((v) =>
    v.decision === "APPROVE"
      ? { id: v.id, decision: "APPROVE" as const }
      : { id: v.id, decision: "REFUSE" as const, reason: v.reason ?? "" },
  );

/** A child known to the social worker who is not on the register: enough to find them and assess them. */
export const unregisteredChildSchema = z
  .object({
    firstName: requiredText(100, {
      missing: "Enter the child's first name",
      tooLong: "The first name must be 100 characters or fewer",
    }),
    lastName: requiredText(100, {
      missing: "Enter the child's last name",
      tooLong: "The last name must be 100 characters or fewer",
    }),
    dateOfBirth: calendarDateField({
      missing: "Enter the child's date of birth",
      invalid: "The date of birth must be a real date, like 27 3 2016",
    }),
    districtId: recordId.optional().refine((v) => !!v, "Choose the area the child lives in"),
    parentName: optionalText(200, "The parent or carer's name must be 200 characters or fewer"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.dateOfBirth > new Date())
      ctx.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: "The date of birth must be in the past",
      });
  })
  .transform((v) => ({ ...v, districtId: v.districtId as string }));
