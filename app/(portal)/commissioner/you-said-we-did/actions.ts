"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { youSaidWeDidSchema } from "@/lib/schemas/feedback";
import { saveYouSaidWeDid } from "@/lib/data/feedback/save-you-said-we-did";

const ARRAYS = ["themeIds", "feedbackIds"];

export const createYouSaidWeDidAction = defineFormAction({
  permission: "create:you-said-we-did:council",
  schema: youSaidWeDidSchema,
  arrays: ARRAYS,
  run: async (actor, input) => {
    // A new action: an actionId sent with it is ignored, so it cannot change another.
    const id = await saveYouSaidWeDid(actor, { ...input, actionId: undefined });
    revalidatePath("/commissioner/you-said-we-did");
    revalidatePath(`/councils/${actor.councilSlug}/you-said-we-did`);
    redirect(`/commissioner/you-said-we-did/${id}?saved=1`);
  },
});

export const updateYouSaidWeDidAction = defineFormAction({
  permission: "update:you-said-we-did:council",
  schema: youSaidWeDidSchema,
  arrays: ARRAYS,
  run: async (actor, input) => {
    if (!input.actionId) return { ok: false, formError: "Choose the action to change." };
    const id = await saveYouSaidWeDid(actor, input);
    revalidatePath("/commissioner/you-said-we-did");
    revalidatePath(`/councils/${actor.councilSlug}/you-said-we-did`);
    redirect(`/commissioner/you-said-we-did/${id}?saved=1`);
  },
});
