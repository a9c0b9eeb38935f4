"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { scoreSchema } from "@/lib/schemas/tender";
import { declareConflicts, saveScore } from "@/lib/data/tenders/evaluation";
import { AppError } from "@/lib/errors";

/** Evaluation actions shared by commissioners and young commissioners on a panel. */

const conflictsSchema = z.object({
  tenderId: z.string().min(1).max(40),
  count: z.coerce.number().int().min(0).max(100),
});

export const declareConflictsAction = defineFormAction({
  permission: "create:score:assigned",
  schema: conflictsSchema,
  run: async (actor, { tenderId, count }, formData) => {
    // One yes/no (and details) per bidder, numbered 0 … count-1.
    const raw = formObject(formData);
    const declarations = [];
    const errors: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const organisationId = String(raw[`org-${i}`] ?? "");
      const answer = raw[`conflict-${i}`];
      const details = String(raw[`details-${i}`] ?? "").trim();
      if (answer !== "yes" && answer !== "no") {
        errors[`conflict-${i}`] = "Say yes or no for every bidder";
        continue;
      }
      if (details.length > 1000) errors[`details-${i}`] = "Details must be 1,000 characters or fewer";
      declarations.push({ organisationId, hasConflict: answer === "yes", details: details || null });
    }
    if (Object.keys(errors).length) throw new AppError("INVALID", "Answer for every bidder.", errors);
    await declareConflicts(actor, tenderId, declarations);
    revalidatePath("/commissioner/tenders");
    revalidatePath("/young-commissioner/panels");
    return { ok: true, message: "Thank you. Your declarations are saved." };
  },
});

export const saveScoreAction = defineFormAction({
  permission: "create:score:assigned",
  schema: scoreSchema,
  run: async (actor, input) => {
    await saveScore(actor, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/score`);
    revalidatePath(`/young-commissioner/panels/${input.tenderId}`);
    return { ok: true, message: "Score saved." };
  },
});
