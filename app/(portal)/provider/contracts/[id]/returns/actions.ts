"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { editVersionField } from "@/lib/schemas/fields";
import { saveReturn } from "@/lib/data/contracts/returns";

const schema = z.object({
  contractId: z.string().min(1).max(40),
  periodId: z.string().min(1).max(40),
  intent: z.enum(["save", "submit"]),
  /** The return's edit version as the page was opened; 0 before the first save (decision 0044). */
  editVersion: editVersionField(0),
});

export const saveReturnAction = defineFormAction({
  permission: "update:return:own",
  schema,
  run: async (actor, { contractId, periodId, intent, editVersion }, formData) => {
    const raw = formObject(formData);
    const str = (k: string) => (typeof raw[k] === "string" ? String(raw[k]) : "");
    // One figure per KPI; saveReturn checks them against each KPI's unit.
    const actuals: Record<string, string> = {};
    for (const key of Object.keys(raw)) if (key.startsWith("actual-")) actuals[key.slice(7)] = str(key);
    const result = await saveReturn(actor, {
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
      editVersion,
    });
    revalidatePath(`/provider/contracts/${contractId}`, "layout");
    if (result === "submitted") redirect(`/provider/contracts/${contractId}/returns/${periodId}?submitted=1`);
    return { ok: true, message: "Draft saved. The council sees it only when you submit." };
  },
});
