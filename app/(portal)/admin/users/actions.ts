"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { changeRoleSchema, createUserSchema, userIdSchema } from "@/lib/schemas/users";
import { createUser } from "@/lib/data/users/create-user";
import { changeUserRole, resetUserPasswordLink, setUserDisabled } from "@/lib/data/users/update-user-access";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async (): Promise<FormState> => {
    const actor = await getActor();
    requirePermission(actor, "create:user:council");
    const input = parseForm(createUserSchema, formObject(formData));
    const result = await createUser(actor!, input);
    revalidatePath("/admin/users");
    if (!result.created) {
      return {
        ok: true,
        message:
          "This form was already sent, so the user was added once. Open their page to issue a new link.",
        data: result.userId ? { userId: result.userId } : undefined,
      };
    }
    if (result.existingAccount) {
      return {
        ok: true,
        message:
          `${input.email} already has an account with another council, so they were added to yours and told. ` +
          "No password link was made: they keep signing in with their own password.",
        data: { userId: result.userId, existingAccount: "true" },
      };
    }
    return {
      ok: true,
      message: `${input.name} was added.`,
      data: { userId: result.userId, link: result.link },
    };
  });
}

export async function changeUserRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:user:council");
    const input = parseForm(changeRoleSchema, formObject(formData));
    await changeUserRole(actor!, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return {
      ok: true,
      message:
        "Role changed. The user has been signed out of your council and will see the new role next time.",
    };
  });
}

export async function setUserDisabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:user:council");
    const { userId } = parseForm(userIdSchema, { userId: formData.get("userId") });
    const disable = formData.get("disable") === "true";
    await setUserDisabled(actor!, userId, disable);
    revalidatePath(`/admin/users/${userId}`);
    return {
      ok: true,
      message: disable ? "Access disabled. The user has been signed out of your council." : "Access enabled.",
    };
  });
}

export async function resetPasswordLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:user:council");
    const { userId } = parseForm(userIdSchema, formObject(formData));
    const link = await resetUserPasswordLink(actor!, userId);
    return { ok: true, message: "A new link was made. Earlier links no longer work.", data: { link } };
  });
}
