"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { announcementIdSchema } from "@/lib/schemas/announcement";
import { acknowledgeAnnouncement } from "@/lib/data/announcements/acknowledge-announcement";

export async function acknowledgeAnnouncementAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "acknowledge:announcement:own");
    const { announcementId } = parseForm(announcementIdSchema, formObject(formData));
    const result = await acknowledgeAnnouncement(actor!, announcementId);
    revalidatePath("/provider/announcements");
    revalidatePath(`/provider/announcements/${announcementId}`);
    revalidatePath("/provider");
    redirect(`/provider/announcements/${announcementId}?acknowledged=${result.already ? "already" : "1"}`);
  });
}
