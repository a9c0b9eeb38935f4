"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { scoreSchema } from "@/lib/schemas/tender";
import { declareConflicts, saveScore } from "@/lib/data/tenders/evaluation";
import { AppError } from "@/lib/errors";

/** Evaluation actions shared by commissioners and young commissioners on a panel. */

const conflictsSchema = z.object({
  tenderId: z.string().min(1).max(40),
  count: z.coerce.number().int().min(0).max(100),
});

export async function declareConflictsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:score:assigned");
    const raw = formObject(formData);
    const { tenderId, count } = parseForm(conflictsSchema, raw);
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
    await declareConflicts(actor!, tenderId, declarations);
    revalidatePath("/commissioner/tenders");
    revalidatePath("/young-commissioner/panels");
    return { ok: true, message: "Thank you. Your declarations are saved." };
  });
}

export async function saveScoreAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:score:assigned");
    const input = parseForm(scoreSchema, formObject(formData));
    await saveScore(actor!, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/score`);
    revalidatePath(`/young-commissioner/panels/${input.tenderId}`);
    return { ok: true, message: "Score saved." };
  });
}
