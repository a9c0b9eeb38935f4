"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { agreeToConsentSchema } from "@/lib/schemas/consent-wording";
import { agreeToLatestConsent } from "@/lib/data/register/agree-to-consent";

export const agreeToConsentAction = defineFormAction({
  permission: "create:consent:own",
  schema: agreeToConsentSchema,
  run: async (actor, { version }) => {
    await agreeToLatestConsent(actor, version);
    redirect("/family");
  },
});
