"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { completeSignUpSchema } from "@/lib/schemas/auth";
import { completeFamilySignUp } from "@/lib/data/accounts/complete-family-sign-up";

export const completeSignUpAction = defineFormAction({
  permission: "create:account:token",
  schema: completeSignUpSchema,
  run: async (_actor, input): Promise<FormState<{ email: string }>> => {
    const { email } = await completeFamilySignUp(input.token, { name: input.name, password: input.password });
    return { ok: true, message: "Your account is ready.", data: { email } };
  },
});
