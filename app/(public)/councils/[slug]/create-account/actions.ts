"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { startSignUpSchema } from "@/lib/schemas/auth";
import { startFamilySignUp, SIGN_UP_LINK_HOURS } from "@/lib/data/accounts/start-family-sign-up";

export const startSignUpAction = defineFormAction({
  permission: "create:account:public",
  schema: startSignUpSchema,
  run: async (_actor, { email, councilSlug }) => {
    await startFamilySignUp(councilSlug, email);
    // The same words whether or not the address has an account: the e-mail says which.
    return {
      ok: true,
      message:
        `We have sent an e-mail to ${email}. Use the link in it to carry on. The link works once, for ` +
        `${SIGN_UP_LINK_HOURS} hours. If nothing arrives in a few minutes, check your junk folder.`,
    };
  },
});
