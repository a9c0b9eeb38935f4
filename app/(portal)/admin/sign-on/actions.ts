"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { councilSignOnSchema } from "@/lib/schemas/sign-on";
import { saveCouncilSignOn } from "@/lib/data/sign-on/council-sign-on";

export const saveCouncilSignOnAction = defineFormAction({
  permission: "update:council-settings:council",
  schema: councilSignOnSchema,
  run: async (actor, input) => {
    await saveCouncilSignOn(actor, input);
    revalidatePath("/admin/sign-on");
    return { ok: true, message: "Single sign-on settings saved." };
  },
});
