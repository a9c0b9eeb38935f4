"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { listingDecisionSchema } from "@/lib/schemas/service-listing";
import { decideListingRevision } from "@/lib/data/directory/decide-listing-revision";

export const decideListingRevisionAction = defineFormAction({
  permission: "approve:listing:council",
  schema: listingDecisionSchema,
  run: async (actor, input) => {
    await decideListingRevision(
      actor,
      input.decision === "REJECT"
        ? { revisionId: input.revisionId, decision: "REJECT", reason: input.reason ?? "" }
        : { revisionId: input.revisionId, decision: "APPROVE", reason: input.reason },
    );
    revalidatePath("/commissioner/listings");
    revalidatePath(`/councils/${actor.councilSlug}/directory`, "layout");
    redirect(`/commissioner/listings?decided=${input.decision === "APPROVE" ? "approved" : "rejected"}`);
  },
});
