"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { attendanceSchema, parseAnnouncementForm, removeAttendanceSchema } from "@/lib/schemas/announcement";
import { publishAnnouncement } from "@/lib/data/announcements/publish-announcement";
import { recordForumAttendance, removeForumAttendance } from "@/lib/data/announcements/forum-attendance";

export async function publishAnnouncementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "create:announcement:council");
    const { submissionKey, ...input } = parseAnnouncementForm(formObject(formData));
    const id = await publishAnnouncement(actor!, input, submissionKey);
    revalidatePath("/commissioner/forums");
    redirect(`/commissioner/forums/${id}?published=1`);
  });
}

export async function recordForumAttendanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:forum-attendance:council");
    const input = parseForm(attendanceSchema, formObject(formData));
    await recordForumAttendance(actor!, { ...input, attended: input.attended === "yes" });
    revalidatePath(`/commissioner/forums/${input.announcementId}`);
    return { ok: true, message: `Attendance recorded for ${input.attendeeName}.` };
  });
}

export async function removeForumAttendanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:forum-attendance:council");
    const input = parseForm(removeAttendanceSchema, formObject(formData));
    await removeForumAttendance(actor!, input);
    revalidatePath(`/commissioner/forums/${input.announcementId}`);
    redirect(`/commissioner/forums/${input.announcementId}?removed=1#attendance`);
  });
}
