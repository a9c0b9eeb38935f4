import { z } from "zod";
import { calendarDateField, formatLimit, optionalText, recordId, requiredText } from "./fields";

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
