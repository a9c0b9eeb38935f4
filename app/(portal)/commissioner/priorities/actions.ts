"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  attachPrioritiesSchema,
  closePriorityRoundSchema,
  openPriorityRoundSchema,
} from "@/lib/schemas/priorities";
import { openPriorityRound } from "@/lib/data/priorities/open-priority-round";
import { closePriorityRound } from "@/lib/data/priorities/close-priority-round";
import { attachPrioritiesToSpecification } from "@/lib/data/priorities/attach-priorities-to-specification";

/** Opens a round for young commissioners to rank the council's types of need. */
export const openPriorityRoundAction = defineFormAction({
  permission: "update:priority-round:council",
  schema: openPriorityRoundSchema,
  read: (formData) => foldDateParts(formObject(formData, ["needTypeIds"]), "closesOn"),
  run: async (actor, input) => {
    const id = await openPriorityRound(actor, input);
    revalidatePath("/commissioner/priorities");
    redirect(`/commissioner/priorities/${id}?opened=1`);
  },
});

/** Closes a round: no more rankings. */
export const closePriorityRoundAction = defineFormAction({
  permission: "update:priority-round:council",
  schema: closePriorityRoundSchema,
  run: async (actor, input) => {
    await closePriorityRound(actor, input.roundId);
    revalidatePath(`/commissioner/priorities/${input.roundId}`);
    return {
      ok: true,
      message: "The round is closed. Young commissioners can no longer change their rankings.",
    };
  },
});

/** Attaches a copy of the combined ranking to a draft specification, and shows it there. */
export const attachPrioritiesAction = defineFormAction({
  permission: "update:priority-round:council",
  schema: attachPrioritiesSchema,
  run: async (actor, input) => {
    await attachPrioritiesToSpecification(actor, input);
    revalidatePath(`/commissioner/specifications/${input.specificationId}`);
    redirect(`/commissioner/specifications/${input.specificationId}?priorities=1`);
  },
});
