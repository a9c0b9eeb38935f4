import { z } from "zod";
import { OutputPeriod, OutputUnit } from "../generated/prisma/enums";
import { moneyField, recordId, requiredText, submissionKey, wholeNumber as wholeNumberField } from "./fields";

export const MAX_OUTPUT_ROWS = 30;
export const AGE_LIMIT = 25;

const text = (what: string, max: number) =>
  requiredText(max, {
    missing: `Enter the ${what}`,
    tooLong: `The ${what} must be ${max} characters or fewer`,
  });

const wholeNumber = (what: string, min: number, max: number) =>
  wholeNumberField(min, max, {
    missing: `Enter the ${what}`,
    notWhole: `The ${what} must be a whole number`,
    outOfRange: `The ${what} must be from ${min} to ${max}`,
  });

/** Pounds and pence as text, kept exact (never a float): "45000", "45,000.50", "£45000". */
const moneyText = moneyField({
  missing: "Enter the maximum annual value",
  invalid: "Enter the maximum annual value in pounds, like 45000 or 45000.50",
  notPositive: "The maximum annual value must be more than £0",
  negative: "The maximum annual value must be more than £0",
});

export const outputRowSchema = z.object({
  measure: z.string().trim().max(200),
  unit: z.string().trim(),
  quantity: z.string().trim(),
  period: z.string().trim(),
});
export type OutputRowInput = z.infer<typeof outputRowSchema>;

export interface SpecificationOutputInput {
  measure: string;
  unit: OutputUnit;
  quantity: string;
  period: OutputPeriod;
}

const UNITS = Object.values(OutputUnit) as string[];
const PERIODS = Object.values(OutputPeriod) as string[];

export const specificationSchema = z
  .object({
    title: text("title", 200),
    summary: text("summary", 4000),
    serviceTypeId: z.string({ error: "Choose a service type" }).trim().min(1, "Choose a service type"),
    districtIds: z
      .array(z.string().trim().min(1))
      .min(1, "Choose at least one district")
      .transform((ids) => [...new Set(ids)]),
    ageMin: wholeNumber("youngest age", 0, AGE_LIMIT),
    ageMax: wholeNumber("oldest age", 0, AGE_LIMIT),
    needTypeCodes: z
      .array(z.string().trim().min(1))
      .min(1, "Choose at least one type of need")
      .transform((codes) => [...new Set(codes)]),
    outcomes: z
      .string({ error: "Enter at least one outcome" })
      .max(4000, "Outcomes must be 4,000 characters or fewer")
      .transform((s) =>
        s
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      )
      .refine((lines) => lines.length > 0, "Enter at least one outcome, one per line"),
    outputs: z.array(outputRowSchema).max(MAX_OUTPUT_ROWS, `Enter ${MAX_OUTPUT_ROWS} outputs or fewer`),
    maxAnnualValue: moneyText,
    termMonths: wholeNumber("term in months", 1, 120),
    extensionMonths: wholeNumber("extension in months", 0, 120),
  })
  .superRefine((v, ctx) => {
    if (v.ageMin > v.ageMax) {
      ctx.addIssue({
        code: "custom",
        path: ["ageMax"],
        message: "The oldest age must be the same as or more than the youngest age",
      });
    }
    const filled = v.outputs.filter((o) => o.measure || o.unit || o.quantity || o.period);
    if (filled.length === 0) {
      ctx.addIssue({ code: "custom", path: ["outputs"], message: "Enter at least one output" });
    }
    v.outputs.forEach((o, i) => {
      if (!(o.measure || o.unit || o.quantity || o.period)) return;
      const problem = !o.measure
        ? "enter what is measured"
        : !UNITS.includes(o.unit)
          ? "choose a unit"
          : !/^\d{1,10}(\.\d{1,2})?$/.test(o.quantity)
            ? "enter the quantity as a number, like 30 or 12.5"
            : !/[1-9]/.test(o.quantity)
              ? "the quantity must be more than 0"
              : !PERIODS.includes(o.period)
                ? "choose a period"
                : null;
      if (problem) {
        ctx.addIssue({ code: "custom", path: [`outputs-${i}`], message: `Output ${i + 1}: ${problem}` });
      }
    });
  })
  .transform((v) => ({
    ...v,
    outputs: v.outputs
      .filter((o) => o.measure || o.unit || o.quantity || o.period)
      .map((o): SpecificationOutputInput => ({
        measure: o.measure,
        unit: o.unit as OutputUnit,
        quantity: o.quantity,
        period: o.period as OutputPeriod,
      })),
  }));

export type SpecificationInput = z.output<typeof specificationSchema>;

/** The create form's own fields, beside the specification's. */
export const createSpecificationMetaSchema = z.object({
  submissionKey,
  fromNeeds: z.enum(["yes", "no"]).default("no"),
});

export const specificationIdSchema = z.object({ specificationId: recordId });
/** The edit form: the specification and the edit version its page was opened with (decision 0044). */
export const specificationEditSchema = specificationIdSchema.extend({
  editVersion: z.coerce
    .number({ error: "This form has expired. Reload the page and try again." })
    .int("This form has expired. Reload the page and try again.")
    .min(1, "This form has expired. Reload the page and try again."),
});

export const equalityImpactSchema = z.object({
  specificationId: recordId,
  eiaGroups: z.string().trim().max(4000, "Groups affected must be 4,000 characters or fewer"),
  eiaImpact: z.string().trim().max(4000, "Likely impact must be 4,000 characters or fewer"),
  eiaMitigations: z.string().trim().max(4000, "Mitigations must be 4,000 characters or fewer"),
});
export type EqualityImpactInput = z.output<typeof equalityImpactSchema>;

/**
 * A specification form as a plain object for the schema: checkboxes as arrays and the output rows
 * (`outputs-0-measure`, `outputs-0-unit`, …) gathered into a list, in row order.
 */
export function specificationFormObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, string>>();
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    const row = /^outputs-(\d{1,3})-(measure|unit|quantity|period)$/.exec(key);
    if (row) {
      const i = Number(row[1]);
      if (i >= MAX_OUTPUT_ROWS + 10) continue;
      rows.set(i, { ...rows.get(i), [row[2]]: all[0] ?? "" });
    } else if (key === "districtIds" || key === "needTypeCodes") {
      out[key] = all;
    } else {
      out[key] = all[0];
    }
  }
  out.districtIds ??= [];
  out.needTypeCodes ??= [];
  out.outputs = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => ({ measure: "", unit: "", quantity: "", period: "", ...r }));
  return out;
}
