"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/require-actor";
import { DISPLAY_COOKIE, DISPLAY_MODES } from "@/lib/display-mode";
import { displayModeCookieOptions } from "@/lib/auth/cookies";

const schema = z.object({ mode: z.enum(DISPLAY_MODES) });

/**
 * Remembers Standard / Easy Read / Large print for a year. Anyone may choose, signed in or not.
 * A plain form action (no form state: the page re-renders in the chosen mode), so not defineFormAction.
 */
export async function setDisplayMode(formData: FormData): Promise<void> {
  await requireActor("update:display-mode:own");
  const parsed = schema.safeParse({ mode: formData.get("mode") });
  if (!parsed.success) return;
  (await cookies()).set(DISPLAY_COOKIE, parsed.data.mode, displayModeCookieOptions());
  revalidatePath("/", "layout");
}
