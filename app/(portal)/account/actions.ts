"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { noFields } from "@/lib/schemas/fields";
import { signOutEverywhere } from "@/lib/data/users/update-user-access";

export const signOutEverywhereAction = defineFormAction({
  permission: "update:session:own",
  schema: noFields,
  run: async (actor) => {
    await signOutEverywhere(actor);
    return { ok: true, message: "You have been signed out on every device." };
  },
});
