"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
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

/** The draft's version (its `updatedAt`) when the edit form was loaded, so a stale edit is refused. */
const tenderVersionSchema = z.object({
  tenderId: idField,
  version: z.iso
    .datetime({ error: "Reload the page and make your changes again" })
    .transform((v) => new Date(v)),
});

export async function createTenderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:tender:council");
    const raw = formObject(formData);
    const { submissionKey, specificationId } = parseForm(createTenderSchema, raw);
    const input = parseTenderForm(raw);
    const id = await createTender(actor!, specificationId, input, submissionKey);
    revalidatePath("/commissioner/tenders");
    redirect(`/commissioner/tenders/${id}?created=1`);
  });
}

export async function updateTenderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:tender:council");
    const raw = formObject(formData);
    const { tenderId, version } = parseForm(tenderVersionSchema, {
      tenderId: raw.tenderId,
      version: raw.version,
    });
    const input = parseTenderForm(raw);
    await updateTender(actor!, tenderId, input, version);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?updated=1`);
  });
}

export async function moveTenderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:tender:council");
    const { tenderId, to, reason } = parseForm(moveTenderSchema, formObject(formData));
    await moveTender(actor!, tenderId, to, reason || undefined);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?moved=${to}`);
  });
}

export async function answerQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "answer:question:council");
    const raw = formObject(formData);
    const input = parseForm(answerSchema, raw);
    const tenderId = await answerQuestion(actor!, input);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}?answered=1`);
  });
}

const panelMemberSchema = z.object({
  tenderId: idField,
  membershipId: z
    .string({ error: "Choose who joins the panel" })
    .min(1, "Choose who joins the panel")
    .max(40),
  seat: z.enum(["CHAIR", "EVALUATOR"], { error: "Choose their seat on the panel" }),
  criterionIds: z.array(idField).max(20),
});

export async function savePanelMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:panel:council");
    const input = parseForm(panelMemberSchema, formObject(formData, ["criterionIds"]));
    await savePanelMember(actor!, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/panel`);
    return { ok: true, message: "Panel updated." };
  });
}

export async function removePanelMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:panel:council");
    const input = parseForm(z.object({ tenderId: idField, panelMemberId: idField }), formObject(formData));
    await removePanelMember(actor!, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/panel`);
    return { ok: true, message: "Removed from the panel." };
  });
}

export async function moderateScoreAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:moderation:council");
    const input = parseForm(moderateSchema, formObject(formData));
    await setModeratedScore(actor!, input);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/moderation`);
    return { ok: true, message: "Moderated score saved." };
  });
}

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

export async function proposeAwardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:award:council");
    const raw = formObject(formData);
    const input = parseForm(awardDecisionSchema, { ...raw, intent: raw.intent ?? "propose" });
    if (input.intent === "propose") await proposeAward(actor!, input.tenderId, input.note);
    else await proceedAfterReturn(actor!, input.tenderId, input.reason);
    revalidatePath(`/commissioner/tenders/${input.tenderId}/award`);
    redirect(`/commissioner/tenders/${input.tenderId}/award?decided=1`);
  });
}

export async function confirmAwardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:award:council");
    const { tenderId } = parseForm(tenderIdSchema, formObject(formData));
    await confirmAward(actor!, tenderId);
    revalidatePath(`/commissioner/tenders/${tenderId}`);
    redirect(`/commissioner/tenders/${tenderId}/award?confirmed=1`);
  });
}
