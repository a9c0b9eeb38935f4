"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { feedbackStatusSchema, feedbackThemeSchema, feedbackThemesSchema } from "@/lib/schemas/feedback";
import { setFeedbackThemes, updateFeedbackStatus } from "@/lib/data/feedback/tag-feedback";
import { createFeedbackTheme } from "@/lib/data/feedback/create-feedback-theme";

export const setFeedbackThemesAction = defineFormAction({
  permission: "update:feedback:council",
  schema: feedbackThemesSchema,
  arrays: ["themeIds"],
  run: async (actor, input) => {
    await setFeedbackThemes(actor, input);
    revalidatePath(`/commissioner/feedback/${input.feedbackId}`);
    revalidatePath("/commissioner/feedback");
    return { ok: true, message: "Themes saved." };
  },
});

export const updateFeedbackStatusAction = defineFormAction({
  permission: "update:feedback:council",
  schema: feedbackStatusSchema,
  run: async (actor, input) => {
    await updateFeedbackStatus(actor, input);
    revalidatePath(`/commissioner/feedback/${input.feedbackId}`);
    return { ok: true, message: "Status saved." };
  },
});

export const createFeedbackThemeAction = defineFormAction({
  permission: "update:feedback-theme:council",
  schema: feedbackThemeSchema,
  run: async (actor, input) => {
    await createFeedbackTheme(actor, input);
    revalidatePath("/commissioner/feedback/themes");
    revalidatePath("/admin/feedback-themes");
    return { ok: true, message: "Theme added." };
  },
});
