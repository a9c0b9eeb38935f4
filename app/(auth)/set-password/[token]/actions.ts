"use server";

import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { newPasswordSchema } from "@/lib/schemas/auth";
import { setPasswordWithToken } from "@/lib/data/users/set-password-with-token";

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    requirePermission(await getActor(), "update:password:token");
    const input = parseForm(newPasswordSchema, formObject(formData));
    await setPasswordWithToken(input.token, input.password);
    return { ok: true, message: "Your password is set. You can now sign in." };
  });
}
