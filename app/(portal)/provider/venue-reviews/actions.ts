"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import { respondToRecommendationSchema } from "@/lib/schemas/involvement";
import { respondToRecommendation } from "@/lib/data/involvement/respond-to-recommendation";

/** The provider's answer to one recommendation: accepted with a plan and a date, or explained. */
export const respondToRecommendationAction = defineFormAction({
  permission: "update:venue-review:own",
  schema: respondToRecommendationSchema,
  read: (formData) => foldDateParts(formObject(formData), "plannedBy"),
  run: async (actor, input) => {
    await respondToRecommendation(actor, input);
    revalidatePath(`/provider/venue-reviews/${input.reviewId}`);
    revalidatePath("/provider");
    return { ok: true, message: "Your answer is saved." };
  },
});
