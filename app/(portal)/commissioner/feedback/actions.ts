"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, runAction, type FormState } from "@/lib/actions/form-state";
import { setFeedbackThemes, updateFeedbackStatus } from "@/lib/data/feedback/tag-feedback";
import { createFeedbackTheme } from "@/lib/data/feedback/create-feedback-theme";

export async function setFeedbackThemesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:feedback:council");
    const input = formObject(formData, ["themeIds"]);
    await setFeedbackThemes(actor!, input);
    revalidatePath(`/commissioner/feedback/${String(input.feedbackId)}`);
    revalidatePath("/commissioner/feedback");
    return { ok: true, message: "Themes saved." };
  });
}

export async function updateFeedbackStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:feedback:council");
    const input = formObject(formData);
    await updateFeedbackStatus(actor!, input);
    revalidatePath(`/commissioner/feedback/${String(input.feedbackId)}`);
    return { ok: true, message: "Status saved." };
  });
}

export async function createFeedbackThemeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:feedback-theme:council");
    await createFeedbackTheme(actor!, formObject(formData));
    revalidatePath("/commissioner/feedback/themes");
    revalidatePath("/admin/feedback-themes");
    return { ok: true, message: "Theme added." };
  });
}
