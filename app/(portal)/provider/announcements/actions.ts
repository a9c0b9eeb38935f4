"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { announcementIdSchema } from "@/lib/schemas/announcement";
import { acknowledgeAnnouncement } from "@/lib/data/announcements/acknowledge-announcement";

export const acknowledgeAnnouncementAction = defineFormAction({
  permission: "acknowledge:announcement:own",
  schema: announcementIdSchema,
  run: async (actor, { announcementId }) => {
    const result = await acknowledgeAnnouncement(actor, announcementId);
    revalidatePath("/provider/announcements");
    revalidatePath(`/provider/announcements/${announcementId}`);
    revalidatePath("/provider");
    redirect(`/provider/announcements/${announcementId}?acknowledged=${result.already ? "already" : "1"}`);
  },
});
