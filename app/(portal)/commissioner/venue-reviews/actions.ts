"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import { scheduleRevisitSchema, scheduleVenueReviewSchema } from "@/lib/schemas/involvement";
import { scheduleVenueReview } from "@/lib/data/involvement/schedule-venue-review";
import { scheduleRevisit } from "@/lib/data/involvement/schedule-revisit";

/** Schedules a venue review with its team and supporting member of staff (a repeated submit schedules it once). */
export const scheduleVenueReviewAction = defineFormAction({
  permission: "create:venue-review:council",
  schema: scheduleVenueReviewSchema,
  read: (formData) => foldDateParts(formObject(formData, ["reviewerIds"]), "plannedFor"),
  run: async (actor, input) => {
    const id = await scheduleVenueReview(actor, input);
    revalidatePath("/commissioner/venue-reviews");
    redirect(`/commissioner/venue-reviews/${id}?scheduled=1`);
  },
});

/** Plans the revisit, once the provider has answered every recommendation. */
export const scheduleRevisitAction = defineFormAction({
  permission: "update:venue-review:council",
  schema: scheduleRevisitSchema,
  read: (formData) => foldDateParts(formObject(formData), "revisitOn"),
  run: async (actor, input) => {
    await scheduleRevisit(actor, input);
    revalidatePath(`/commissioner/venue-reviews/${input.reviewId}`);
    return { ok: true, message: "Revisit planned. The team has been told." };
  },
});
