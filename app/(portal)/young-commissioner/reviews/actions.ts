"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  addVenueReviewPhotoSchema,
  readRevisitForm,
  recordRevisitSchema,
  removeVenueReviewPhotoSchema,
  submitVenueReviewSchema,
} from "@/lib/schemas/involvement";
import { addVenueReviewPhoto, removeVenueReviewPhoto } from "@/lib/data/involvement/venue-review-photos";
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

/** A photo the team took, added before the review is sent. */
export const addVenueReviewPhotoAction = defineFormAction({
  permission: "update:venue-review:assigned",
  schema: addVenueReviewPhotoSchema,
  run: async (actor, input, formData) => {
    await addVenueReviewPhoto(actor, input, formData.get("photo"));
    redirect(`/young-commissioner/reviews/${input.reviewId}?photo=added#photos`);
  },
});

/** Takes a photo away again, before the review is sent. */
export const removeVenueReviewPhotoAction = defineFormAction({
  permission: "update:venue-review:assigned",
  schema: removeVenueReviewPhotoSchema,
  run: async (actor, input) => {
    await removeVenueReviewPhoto(actor, input);
    redirect(`/young-commissioner/reviews/${input.reviewId}?photo=removed#photos`);
  },
});
