"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { route } from "@/lib/routes/route";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { noFields } from "@/lib/schemas/fields";
import { consentDraftSchema } from "@/lib/schemas/consent-wording";
import { publishConsentDraft, saveConsentDraft } from "@/lib/data/register/consent-wording";

export const saveConsentDraftAction = defineFormAction({
  permission: "update:consent-wording:council",
  schema: consentDraftSchema,
  run: async (actor, { text }) => {
    await saveConsentDraft(actor, text);
    revalidatePath("/admin/consent");
    return { ok: true, message: "Draft saved. Families see it only once it is published." };
  },
});

export const publishConsentDraftAction = defineFormAction({
  permission: "publish:consent-wording:council",
  schema: noFields,
  run: async (actor) => {
    const { version } = await publishConsentDraft(actor);
    revalidatePath("/admin/consent");
    // The draft is gone once published, and its form with it: the page says what happened.
    redirect(route(`/admin/consent?published=${version}`));
  },
});
