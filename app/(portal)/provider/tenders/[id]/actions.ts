"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { bidSaveSchema, questionSchema, tenderIdSchema } from "@/lib/schemas/tender";
import { askQuestion } from "@/lib/data/tenders/questions";
import { saveBid, withdrawBid } from "@/lib/data/tenders/bids";

export async function askQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:question:own");
    const input = parseForm(questionSchema, formObject(formData));
    await askQuestion(actor!, input);
    revalidatePath(`/provider/tenders/${input.tenderId}`);
    return {
      ok: true,
      message: "Question sent. The council publishes its answer to every bidder without your name.",
    };
  });
}

export async function saveBidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:bid:own");
    const raw = formObject(formData);
    const input = parseForm(bidSaveSchema, raw);
    const answers: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith("answer-") && typeof value === "string")
        answers[key.slice("answer-".length)] = value;
    }
    const result = await saveBid(actor!, {
      tenderId: input.tenderId,
      intent: input.intent,
      answers,
      price: input.price ?? "",
      safeguarding: input.safeguarding === "yes",
      insurance: input.insurance === "yes",
    });
    revalidatePath(`/provider/tenders/${input.tenderId}`, "layout");
    if (result === "submitted") redirect(`/provider/tenders/${input.tenderId}/bid?submitted=1`);
    return { ok: true, message: "Draft saved. It is not sent until you submit it." };
  });
}

export async function withdrawBidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:bid:own");
    const { tenderId } = parseForm(tenderIdSchema, formObject(formData));
    await withdrawBid(actor!, tenderId);
    revalidatePath(`/provider/tenders/${tenderId}`, "layout");
    redirect(`/provider/tenders/${tenderId}/bid?withdrawn=1`);
  });
}
