"use server";

import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, type FormState } from "@/lib/actions/form-state";
import { signOutEverywhere } from "@/lib/data/users/update-user-access";

export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:session:own");
    await signOutEverywhere(actor!);
    return { ok: true, message: "You have been signed out on every device." };
  });
}
