"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { changeRoleSchema, createUserSchema, userIdSchema } from "@/lib/schemas/users";
import { createUser } from "@/lib/data/users/create-user";
import { PASSWORD_LINK_DAYS } from "@/lib/data/users/password-link";
import { changeUserRole, resetUserPasswordLink, setUserDisabled } from "@/lib/data/users/update-user-access";
import { resetUserSecondFactor } from "@/lib/data/second-factor/reset-second-factor";

/** What the new-user form shows once the user is added. */
export type CreatedUser = { userId?: string; invitedEmail?: string; existingAccount?: true };

export const createUserAction = defineFormAction({
  permission: "create:user:council",
  schema: createUserSchema,
  run: async (actor, input): Promise<FormState<CreatedUser>> => {
    const result = await createUser(actor, input);
    revalidatePath("/admin/users");
    if (!result.created) {
      return {
        ok: true,
        message:
          "This form was already sent, so the user was added once. Open their page to send a new link.",
        data: result.userId ? { userId: result.userId } : undefined,
      };
    }
    if (result.existingAccount) {
      return {
        ok: true,
        message:
          `${input.email} already has an account with another council, so they were added to yours and told. ` +
          "No password link was made: they keep signing in with their own password.",
        data: { userId: result.userId, existingAccount: true },
      };
    }
    return {
      ok: true,
      message: `${input.name} was added.`,
      data: { userId: result.userId, invitedEmail: input.email },
    };
  },
});

export const changeUserRoleAction = defineFormAction({
  permission: "update:user:council",
  schema: changeRoleSchema,
  run: async (actor, input) => {
    await changeUserRole(actor, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return {
      ok: true,
      message:
        "Role changed. The user has been signed out of your council and will see the new role next time.",
    };
  },
});

export const setUserDisabledAction = defineFormAction({
  permission: "update:user:council",
  schema: userIdSchema,
  read: (formData) => ({ userId: formData.get("userId") }),
  run: async (actor, { userId }, formData) => {
    const disable = formData.get("disable") === "true";
    await setUserDisabled(actor, userId, disable);
    revalidatePath(`/admin/users/${userId}`);
    return {
      ok: true,
      message: disable ? "Access disabled. The user has been signed out of your council." : "Access enabled.",
    };
  },
});

export const resetPasswordLinkAction = defineFormAction({
  permission: "update:user:council",
  schema: userIdSchema,
  run: async (actor, { userId }) => {
    const { email } = await resetUserPasswordLink(actor, userId);
    return {
      ok: true,
      message: `We have sent a new link to ${email}. It works once, for ${PASSWORD_LINK_DAYS} days. Earlier links no longer work.`,
    };
  },
});

export const resetSecondFactorAction = defineFormAction({
  permission: "update:user:council",
  schema: userIdSchema,
  run: async (actor, { userId }) => {
    await resetUserSecondFactor(actor, userId);
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, message: "Their second factor is off. We have e-mailed them to say so." };
  },
});
