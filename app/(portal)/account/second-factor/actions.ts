"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { noFields } from "@/lib/schemas/fields";
import { confirmSecondFactorSchema, turnOffSecondFactorSchema } from "@/lib/schemas/second-factor";
import {
  confirmSecondFactor,
  renewRecoveryCodes,
  startSecondFactorSetup,
} from "@/lib/data/second-factor/set-up-second-factor";
import { turnOffSecondFactor } from "@/lib/data/second-factor/turn-off-second-factor";

export const startSecondFactorSetupAction = defineFormAction({
  permission: "update:second-factor:own",
  schema: noFields,
  run: async (actor) => {
    await startSecondFactorSetup(actor);
    revalidatePath("/account/second-factor");
    return { ok: true };
  },
});

export const confirmSecondFactorAction = defineFormAction({
  permission: "update:second-factor:own",
  schema: confirmSecondFactorSchema,
  run: async (actor, input) => {
    const recoveryCodes = await confirmSecondFactor(actor, input.code);
    return { ok: true, data: { recoveryCodes } };
  },
});

export const renewRecoveryCodesAction = defineFormAction({
  permission: "update:second-factor:own",
  schema: noFields,
  run: async (actor) => {
    const recoveryCodes = await renewRecoveryCodes(actor);
    return { ok: true, data: { recoveryCodes } };
  },
});

export const turnOffSecondFactorAction = defineFormAction({
  permission: "update:second-factor:own",
  schema: turnOffSecondFactorSchema,
  run: async (actor, input) => {
    await turnOffSecondFactor(actor, input.password);
    revalidatePath("/account/second-factor");
    revalidatePath("/account");
    return { ok: true, message: "Your second factor is off. Signing in now needs only your password." };
  },
});
