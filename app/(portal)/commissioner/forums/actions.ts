"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { announcementFormSchema, attendanceSchema, removeAttendanceSchema } from "@/lib/schemas/announcement";
import { publishAnnouncement } from "@/lib/data/announcements/publish-announcement";
import { recordForumAttendance, removeForumAttendance } from "@/lib/data/announcements/forum-attendance";

export const publishAnnouncementAction = defineFormAction({
  permission: "create:announcement:council",
  schema: announcementFormSchema,
  run: async (actor, { submissionKey, ...input }) => {
    const id = await publishAnnouncement(actor, input, submissionKey);
    revalidatePath("/commissioner/forums");
    redirect(`/commissioner/forums/${id}?published=1`);
  },
});

export const recordForumAttendanceAction = defineFormAction({
  permission: "update:forum-attendance:council",
  schema: attendanceSchema,
  run: async (actor, input) => {
    await recordForumAttendance(actor, { ...input, attended: input.attended === "yes" });
    revalidatePath(`/commissioner/forums/${input.announcementId}`);
    return { ok: true, message: `Attendance recorded for ${input.attendeeName}.` };
  },
});

export const removeForumAttendanceAction = defineFormAction({
  permission: "update:forum-attendance:council",
  schema: removeAttendanceSchema,
  run: async (actor, input) => {
    await removeForumAttendance(actor, input);
    revalidatePath(`/commissioner/forums/${input.announcementId}`);
    redirect(`/commissioner/forums/${input.announcementId}?removed=1#attendance`);
  },
});
