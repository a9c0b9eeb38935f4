"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { councilSettingsSchema } from "@/lib/schemas/users";
import { updateCouncilSettings } from "@/lib/data/council/council-settings";

export async function updateCouncilSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:council-settings:council");
    const input = parseForm(councilSettingsSchema, formObject(formData));
    await updateCouncilSettings(actor!, input);
    revalidatePath("/admin/settings");
    return { ok: true, message: "Settings saved." };
  });
}
