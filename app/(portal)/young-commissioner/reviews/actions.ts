"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import { readRevisitForm, recordRevisitSchema, submitVenueReviewSchema } from "@/lib/schemas/involvement";
import { submitVenueReview } from "@/lib/data/involvement/submit-venue-review";
import { recordRevisit } from "@/lib/data/involvement/record-revisit";

/** The team's review, in Easy Read with picture ratings. */
export const submitVenueReviewAction = defineFormAction({
  permission: "update:venue-review:assigned",
  schema: submitVenueReviewSchema,
  read: (formData) => foldDateParts(formObject(formData), "visitedOn"),
  run: async (actor, input) => {
    await submitVenueReview(actor, input);
    revalidatePath("/young-commissioner/reviews");
    redirect(`/young-commissioner/reviews/${input.reviewId}?sent=1`);
  },
});

/** What the team found when they went back; closes the review. */
export const recordRevisitAction = defineFormAction({
  permission: "update:venue-review:assigned",
  schema: recordRevisitSchema,
  read: (formData) => readRevisitForm(foldDateParts(formObject(formData), "visitedOn")),
  run: async (actor, input) => {
    await recordRevisit(actor, input);
    revalidatePath("/young-commissioner/reviews");
    redirect(`/young-commissioner/reviews/${input.reviewId}?closed=1`);
  },
});
