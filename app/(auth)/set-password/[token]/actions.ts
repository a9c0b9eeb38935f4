"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { newPasswordSchema } from "@/lib/schemas/auth";
import { setPasswordWithToken } from "@/lib/data/users/set-password-with-token";

export const setPasswordAction = defineFormAction({
  permission: "update:password:token",
  schema: newPasswordSchema,
  run: async (_actor, input) => {
    await setPasswordWithToken(input.token, input.password);
    return { ok: true, message: "Your password is set. You can now sign in." };
  },
});
