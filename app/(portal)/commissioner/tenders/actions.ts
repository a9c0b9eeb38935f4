"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { editVersionField } from "@/lib/schemas/fields";
import {
  answerSchema,
  createTenderSchema,
  moderateSchema,
  moveTenderSchema,
  parseTenderForm,
  tenderIdSchema,
} from "@/lib/schemas/tender";
import { createTender } from "@/lib/data/tenders/create-tender";
import { moveTender } from "@/lib/data/tenders/move-tender";
import { updateTender } from "@/lib/data/tenders/update-tender";
import { answerQuestion } from "@/lib/data/tenders/questions";
import { removePanelMember, savePanelMember } from "@/lib/data/tenders/panel";
import { setModeratedScore } from "@/lib/data/tenders/moderation";
import { confirmAward, proceedAfterReturn, proposeAward } from "@/lib/data/tenders/award";

const idField = z.string().min(1).max(40);

/** The draft's edit version when the edit form was loaded, so a stale edit is refused (decision 0044). */
const tenderVersionSchema = z.object({ tenderId: idField, editVersion: editVersionField() });

export const createTenderAction = defineFormAction({
  permission: "create:tender:council",
  schema: createTenderSchema,
  run: async (actor, { submissionKey, specificationId }, formData) => {
    const input = parseTenderForm(formObject(formData));
    const id = await createTender(actor, specificationId, input, submissionKey);
    revalidatePath("/commissioner/tenders");
    redirect(`/commissioner/tenders/${id}?created=1`);
  },
});

export const updateTenderAction = defineFormAction({
  permission: "update:tender:council",
  schema: tenderVersionSchema,
  run: async (actor, { tenderId, editVersion }, formData) => {
    const input = parseTenderForm(formObject(formData));
    await updateTender(actor, tenderId, input, editVersion);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?updated=1`);
  },
});

export const moveTenderAction = defineFormAction({
  permission: "update:tender:council",
  schema: moveTenderSchema,
  run: async (actor, { tenderId, to, reason }) => {
    await moveTender(actor, tenderId, to, reason || undefined);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?moved=${to}`);
  },
});

export const answerQuestionAction = defineFormAction({
  permission: "answer:question:council",
  schema: answerSchema,
  run: async (actor, input) => {
    const tenderId = await answerQuestion(actor, input);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?answered=1`);
  },
});

const panelMemberSchema = z.object({
  tenderId: idField,
  membershipId: z
    .string({ error: "Choose who joins the panel" })
    .min(1, "Choose who joins the panel")
    .max(40),
  seat: z.enum(["CHAIR", "EVALUATOR"], { error: "Choose their seat on the panel" }),
  criterionIds: z.array(idField).max(20),
});

export const savePanelMemberAction = defineFormAction({
  permission: "update:panel:council",
  schema: panelMemberSchema,
  arrays: ["criterionIds"],
  run: async (actor, input) => {
    await savePanelMember(actor, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/panel`);
    return { ok: true, message: "Panel updated." };
  },
});

export const removePanelMemberAction = defineFormAction({
  permission: "update:panel:council",
  schema: z.object({ tenderId: idField, panelMemberId: idField }),
  run: async (actor, input) => {
    await removePanelMember(actor, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/panel`);
    return { ok: true, message: "Removed from the panel." };
  },
});

export const moderateScoreAction = defineFormAction({
  permission: "update:moderation:council",
  schema: moderateSchema,
  run: async (actor, input) => {
    await setModeratedScore(actor, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/moderation`);
    return { ok: true, message: "Moderated score saved." };
  },
});

const reasons = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(4000, "The reasons must be 4,000 characters or fewer");

/** The chair's award decision: a (new) proposal, or going ahead after the young commissioners said no. */
const awardDecisionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("propose"),
    tenderId: idField,
    note: reasons("Give the reasons for your decision"),
  }),
  z.object({
    intent: z.literal("proceed"),
    tenderId: idField,
    reason: reasons("Give the reason for going ahead despite the young commissioners' panel"),
  }),
]);

export const proposeAwardAction = defineFormAction({
  permission: "create:award:council",
  schema: awardDecisionSchema,
  read: (formData) => {
    const raw = formObject(formData);
    return { ...raw, intent: raw.intent ?? "propose" };
  },
  run: async (actor, input) => {
    if (input.intent === "propose") await proposeAward(actor, input.tenderId, input.note);
    else await proceedAfterReturn(actor, input.tenderId, input.reason);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/award`);
    redirect(`/commissioner/tenders/${input.tenderId}/award?decided=1`);
  },
});

export const confirmAwardAction = defineFormAction({
  permission: "create:award:council",
  schema: tenderIdSchema,
  run: async (actor, { tenderId }) => {
    await confirmAward(actor, tenderId);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}/award?confirmed=1`);
  },
});
