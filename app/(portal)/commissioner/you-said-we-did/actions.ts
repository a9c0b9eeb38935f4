"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, runAction, type FormState } from "@/lib/actions/form-state";
import { saveYouSaidWeDid } from "@/lib/data/feedback/save-you-said-we-did";

const ARRAYS = ["themeIds", "feedbackIds"];

export async function createYouSaidWeDidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:you-said-we-did:council");
    const { actionId: _ignored, ...input } = formObject(formData, ARRAYS);
    void _ignored;
    const id = await saveYouSaidWeDid(actor!, input);
    revalidatePath("/commissioner/you-said-we-did");
    revalidatePath(`/councils/${actor!.councilSlug}/you-said-we-did`);
    redirect(`/commissioner/you-said-we-did/${id}?saved=1`);
  });
}

export async function updateYouSaidWeDidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:you-said-we-did:council");
    const input = formObject(formData, ARRAYS);
    if (!input.actionId) return { ok: false, formError: "Choose the action to change." };
    const id = await saveYouSaidWeDid(actor!, input);
    revalidatePath("/commissioner/you-said-we-did");
    revalidatePath(`/councils/${actor!.councilSlug}/you-said-we-did`);
    redirect(`/commissioner/you-said-we-did/${id}?saved=1`);
  });
}
