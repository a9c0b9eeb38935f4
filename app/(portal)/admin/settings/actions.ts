"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { councilSettingsSchema } from "@/lib/schemas/users";
import { updateCouncilSettings } from "@/lib/data/council/council-settings";

export const updateCouncilSettingsAction = defineFormAction({
  permission: "update:council-settings:council",
  schema: councilSettingsSchema,
  run: async (actor, input) => {
    await updateCouncilSettings(actor, input);
    revalidatePath("/admin/settings");
    return { ok: true, message: "Settings saved." };
  },
});
