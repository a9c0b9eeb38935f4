"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction, RAW_FORM } from "@/lib/actions/define-form-action";
import { setFeedbackThemes, updateFeedbackStatus } from "@/lib/data/feedback/tag-feedback";
import { createFeedbackTheme } from "@/lib/data/feedback/create-feedback-theme";

export const setFeedbackThemesAction = defineFormAction({
  permission: "update:feedback:council",
  schema: RAW_FORM,
  arrays: ["themeIds"],
  run: async (actor, input) => {
    await setFeedbackThemes(actor, input);
    revalidatePath(`/commissioner/feedback/${String(input.feedbackId)}`);
    revalidatePath("/commissioner/feedback");
    return { ok: true, message: "Themes saved." };
  },
});

export const updateFeedbackStatusAction = defineFormAction({
  permission: "update:feedback:council",
  schema: RAW_FORM,
  run: async (actor, input) => {
    await updateFeedbackStatus(actor, input);
    revalidatePath(`/commissioner/feedback/${String(input.feedbackId)}`);
    return { ok: true, message: "Status saved." };
  },
});

export const createFeedbackThemeAction = defineFormAction({
  permission: "update:feedback-theme:council",
  schema: RAW_FORM,
  run: async (actor, input) => {
    await createFeedbackTheme(actor, input);
    revalidatePath("/commissioner/feedback/themes");
    revalidatePath("/admin/feedback-themes");
    return { ok: true, message: "Theme added." };
  },
});
