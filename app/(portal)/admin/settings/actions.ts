"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { councilSettingsSchema } from "@/lib/schemas/users";
import { updateCouncilSettings } from "@/lib/data/council/council-settings";
import { requireStaffSecondFactorSchema } from "@/lib/schemas/second-factor";
import { updateRequireStaffSecondFactor } from "@/lib/data/council/second-factor-setting";

export const updateCouncilSettingsAction = defineFormAction({
  permission: "update:council-settings:council",
  schema: councilSettingsSchema,
  run: async (actor, input) => {
    await updateCouncilSettings(actor, input);
    revalidatePath("/admin/settings");
    return { ok: true, message: "Settings saved." };
  },
});

export const updateRequireStaffSecondFactorAction = defineFormAction({
  permission: "update:council-settings:council",
  schema: requireStaffSecondFactorSchema,
  run: async (actor, input) => {
    await updateRequireStaffSecondFactor(actor, input.requireStaffSecondFactor);
    revalidatePath("/admin/settings");
    return { ok: true, message: "Saved." };
  },
});
