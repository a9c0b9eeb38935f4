"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { bidSaveSchema, questionSchema, tenderIdSchema } from "@/lib/schemas/tender";
import { askQuestion } from "@/lib/data/tenders/questions";
import { saveBid, withdrawBid } from "@/lib/data/tenders/bids";

export const askQuestionAction = defineFormAction({
  permission: "create:question:own",
  schema: questionSchema,
  run: async (actor, input) => {
    await askQuestion(actor, input);
    revalidatePath(`/provider/tenders/${input.tenderId}`);
    return {
      ok: true,
      message: "Question sent. The council publishes its answer to every bidder without your name.",
    };
  },
});

export const saveBidAction = defineFormAction({
  permission: "update:bid:own",
  schema: bidSaveSchema,
  run: async (actor, input, formData) => {
    // One answer per criterion; saveBid checks them against the tender's criteria.
    const answers: Record<string, string> = {};
    for (const [key, value] of Object.entries(formObject(formData))) {
      if (key.startsWith("answer-") && typeof value === "string")
        answers[key.slice("answer-".length)] = value;
    }
    const result = await saveBid(actor, {
      tenderId: input.tenderId,
      intent: input.intent,
      answers,
      price: input.price ?? "",
      safeguarding: input.safeguarding === "yes",
      insurance: input.insurance === "yes",
      editVersion: input.editVersion,
    });
    revalidatePath(`/provider/tenders/${input.tenderId}`, "layout");
    if (result === "submitted") redirect(`/provider/tenders/${input.tenderId}/bid?submitted=1`);
    return { ok: true, message: "Draft saved. It is not sent until you submit it." };
  },
});

export const withdrawBidAction = defineFormAction({
  permission: "update:bid:own",
  schema: tenderIdSchema,
  run: async (actor, { tenderId }) => {
    await withdrawBid(actor, tenderId);
    revalidatePath(`/provider/tenders/${tenderId}`, "layout");
    redirect(`/provider/tenders/${tenderId}/bid?withdrawn=1`);
  },
});
