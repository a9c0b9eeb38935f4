"use server";

import { defineFormAction, RAW_FORM } from "@/lib/actions/define-form-action";
import { signOutEverywhere } from "@/lib/data/users/update-user-access";

export const signOutEverywhereAction = defineFormAction({
  permission: "update:session:own",
  // The form has only its button: nothing to read.
  schema: RAW_FORM,
  run: async (actor) => {
    await signOutEverywhere(actor);
    return { ok: true, message: "You have been signed out on every device." };
  },
});
