"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { noFields } from "@/lib/schemas/fields";
import { signOutEverywhere } from "@/lib/data/users/update-user-access";
import { revalidatePath } from "next/cache";
import { emailPreferencesSchema } from "@/lib/schemas/email-preferences";
import { saveEmailPreferences } from "@/lib/data/users/email-preferences";
import type { EmailKind } from "@/lib/domain/email-kinds";

export const signOutEverywhereAction = defineFormAction({
  permission: "update:session:own",
  schema: noFields,
  run: async (actor) => {
    await signOutEverywhere(actor);
    return { ok: true, message: "You have been signed out on every device." };
  },
});

export const saveEmailPreferencesAction = defineFormAction({
  permission: "update:email-preferences:own",
  schema: emailPreferencesSchema,
  arrays: ["emails"],
  run: async (actor, input) => {
    await saveEmailPreferences(actor, input.emails as EmailKind[]);
    revalidatePath("/account");
    return { ok: true, message: "Your e-mail choices are saved." };
  },
});
