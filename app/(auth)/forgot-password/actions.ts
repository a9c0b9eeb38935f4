"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { forgotPasswordSchema } from "@/lib/schemas/auth";
import { requestPasswordReset } from "@/lib/data/users/request-password-reset";
import { FORGOT_PASSWORD_LINK_HOURS } from "@/lib/data/users/password-link";

export const forgotPasswordAction = defineFormAction({
  permission: "create:password-reset:public",
  schema: forgotPasswordSchema,
  run: async (_actor, { email }) => {
    await requestPasswordReset(email);
    // The same words whether or not the address has an account.
    return {
      ok: true,
      message:
        `If ${email} has an account, we have sent it a link to reset the password. The link works once, ` +
        `for ${FORGOT_PASSWORD_LINK_HOURS} hours. If nothing arrives in a few minutes, check your junk folder, ` +
        "or ask your council.",
    };
  },
});
