"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { saveReturn } from "@/lib/data/contracts/returns";

const schema = z.object({
  contractId: z.string().min(1).max(40),
  periodId: z.string().min(1).max(40),
  intent: z.enum(["save", "submit"]),
});

export async function saveReturnAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:return:own");
    const raw = formObject(formData);
    const { contractId, periodId, intent } = parseForm(schema, raw);
    const str = (k: string) => (typeof raw[k] === "string" ? String(raw[k]) : "");
    const actuals: Record<string, string> = {};
    for (const key of Object.keys(raw)) if (key.startsWith("actual-")) actuals[key.slice(7)] = str(key);
    const result = await saveReturn(actor!, {
      contractId,
      periodId,
      intent,
      actuals,
      childrenSupported: str("childrenSupported"),
      familiesSupported: str("familiesSupported"),
      narrative: str("narrative"),
      childVoiceMethod: str("childVoiceMethod"),
      childVoiceSummary: str("childVoiceSummary"),
      caseStudy: str("caseStudy"),
      reply: str("reply"),
    });
    revalidatePath(`/provider/contracts/${contractId}`, "layout");
    if (result === "submitted") redirect(`/provider/contracts/${contractId}/returns/${periodId}?submitted=1`);
    return { ok: true, message: "Draft saved. The council sees it only when you submit." };
  });
}
