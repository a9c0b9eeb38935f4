"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { route } from "@/lib/routes/route";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { recordId } from "@/lib/schemas/fields";
import { applyToCouncil } from "@/lib/data/organisations/apply-to-council";

export const applyToCouncilAction = defineFormAction({
  permission: "create:council-application:own",
  schema: z.object({ councilId: recordId }).strict(),
  run: async (actor, { councilId }) => {
    await applyToCouncil(actor, councilId);
    revalidatePath("/provider/councils");
    // The row's button is gone once applied: the page says what happened.
    redirect(route(`/provider/councils?applied=${councilId}`));
  },
});
