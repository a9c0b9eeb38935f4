"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";
import { parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { markNotificationsRead } from "@/lib/data/notifications/mark-notifications-read";

const schema = z.object({ id: z.string().min(1).max(40).optional() }).strict();

export async function markNotificationsReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await getActor();
    requirePermission(actor, "update:notification:own");
    const { id } = parseForm(schema, { id: formData.get("id") ?? undefined });
    const count = await markNotificationsRead(actor!, id);
    revalidatePath("/", "layout");
    return {
      ok: true,
      message: count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`,
    };
  });
}
