"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import {
  LISTING_ARRAYS,
  confirmListingSchema,
  listingChangeSchema,
  serviceListingSchema,
} from "@/lib/schemas/service-listing";
import { createListing } from "@/lib/data/directory/create-listing";
import { proposeListingChange } from "@/lib/data/directory/propose-listing-change";
import { confirmListing } from "@/lib/data/directory/confirm-listing";

export const createListingAction = defineFormAction({
  permission: "create:listing:own",
  schema: serviceListingSchema,
  arrays: LISTING_ARRAYS,
  run: async (actor, listing) => {
    const service = await createListing(actor, listing);
    revalidatePath("/provider/services");
    redirect(`/provider/services/${service.id}?sent=new`);
  },
});

export const proposeListingChangeAction = defineFormAction({
  permission: "update:listing:own",
  schema: listingChangeSchema,
  arrays: LISTING_ARRAYS,
  run: async (actor, { serviceId, ...listing }) => {
    await proposeListingChange(actor, serviceId, listing);
    revalidatePath("/provider/services");
    revalidatePath(`/provider/services/${serviceId}`);
    redirect(`/provider/services/${serviceId}?sent=change`);
  },
});

export const confirmListingAction = defineFormAction({
  permission: "update:listing:own",
  schema: confirmListingSchema,
  run: async (actor, { serviceId }) => {
    await confirmListing(actor, serviceId);
    revalidatePath("/provider/services");
    revalidatePath(`/provider/services/${serviceId}`);
    revalidatePath("/provider");
    redirect(`/provider/services/${serviceId}?sent=confirmed`);
  },
});
