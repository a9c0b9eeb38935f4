"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { markNotificationsRead } from "@/lib/data/notifications/mark-notifications-read";

const schema = z.object({ id: z.string().min(1).max(40).optional() }).strict();

export const markNotificationsReadAction = defineFormAction({
  permission: "update:notification:own",
  schema,
  read: (formData) => ({ id: formData.get("id") ?? undefined }),
  run: async (actor, { id }) => {
    const count = await markNotificationsRead(actor, id);
    revalidatePath("/", "layout");
    return {
      ok: true,
      message: count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`,
    };
  },
});
