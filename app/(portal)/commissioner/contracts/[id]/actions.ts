"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { calendarDateField, dateParts } from "@/lib/schemas/dates";
import { addVariation } from "@/lib/data/contracts/variations";

const base = z.object({
  contractId: z.string().min(1).max(40),
  kind: z.enum(["VARIATION", "EXTENSION"], { error: "Choose a variation or an extension" }),
  reason: z
    .string({ error: "Give the reason" })
    .trim()
    .min(1, "Give the reason")
    .max(2000, "The reason must be 2,000 characters or fewer"),
  effectiveDate: calendarDateField("date it takes effect"),
  valueChange: z.string().trim().optional(),
  months: z.string().trim().optional(),
});

export async function addVariationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:contract:council");
    const raw = formObject(formData);
    const input = parseForm(base, { ...raw, effectiveDate: dateParts(raw, "effectiveDate") });
    if (input.kind === "VARIATION") {
      const valueChange = parseForm(
        z.object({
          valueChange: z
            .string({ error: "Enter the change in value" })
            .transform((v) => v.replace(/[£,\s]/g, ""))
            .pipe(
              z
                .string()
                .regex(/^-?\d{1,12}(\.\d{1,2})?$/, "Enter the change in pounds, like 5000 or -2500.50"),
            ),
        }),
        { valueChange: input.valueChange ?? "" },
      ).valueChange;
      await addVariation(actor!, {
        kind: "VARIATION",
        contractId: input.contractId,
        reason: input.reason,
        valueChange,
        effectiveDate: input.effectiveDate,
      });
    } else {
      const { months } = parseForm(
        z.object({
          months: z
            .string({ error: "Enter the number of months" })
            .regex(/^\d{1,3}$/, "Enter the number of months as a whole number")
            .transform(Number)
            .refine((n) => n >= 1, "Extend by at least 1 month"),
        }),
        { months: input.months ?? "" },
      );
      await addVariation(actor!, {
        kind: "EXTENSION",
        contractId: input.contractId,
        reason: input.reason,
        months,
        effectiveDate: input.effectiveDate,
      });
    }
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return { ok: true, message: input.kind === "VARIATION" ? "Variation recorded." : "Extension recorded." };
  });
}
