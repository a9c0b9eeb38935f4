"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { FormInvalid, formObject } from "@/lib/actions/form-state";
import { parseChildStep } from "@/lib/schemas/parse-child-step";
import { updateChild, type ChildDetailsInput } from "@/lib/data/register/update-child";
import { withdrawChild } from "@/lib/data/register/withdraw-child";

const childIdSchema = z.object({ childId: z.string().min(1).max(40) });
/** The edit form also sends the record's editVersion as it was opened (no lost updates). */
const editChildSchema = childIdSchema.extend({
  editVersion: z.coerce
    .number({ error: "This form has expired. Reload the page and try again." })
    .int("This form has expired. Reload the page and try again.")
    .min(1, "This form has expired. Reload the page and try again."),
});

export const updateChildAction = defineFormAction({
  permission: "update:child:own",
  schema: editChildSchema,
  run: async (actor, { childId, editVersion }, formData) => {
    const input = formObject(formData, ["needTypeIds"]);
    // Each part is checked in turn so every field error shows at once.
    const parts = ["child", "home", "needs", "school", "contact"] as const;
    const fieldErrors: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    for (const part of parts) {
      try {
        Object.assign(values, parseChildStep(part, input));
      } catch (e) {
        if (!(e instanceof FormInvalid)) throw e;
        Object.assign(fieldErrors, e.fieldErrors);
      }
    }
    if (Object.keys(fieldErrors).length) throw new FormInvalid(fieldErrors);
    await updateChild(actor, childId, {
      ...(values as Omit<ChildDetailsInput, "dateOfBirth">),
      dateOfBirth: new Date(`${values.dateOfBirth}T00:00:00Z`),
      editVersion,
    });
    revalidatePath(`/family/children/${childId}`);
    redirect(`/family/children/${childId}?updated=1`);
  },
});

export const withdrawChildAction = defineFormAction({
  permission: "update:child:own",
  schema: childIdSchema,
  run: async (actor, { childId }) => {
    await withdrawChild(actor, childId);
    revalidatePath("/family/children");
    redirect(`/family/children/${childId}?withdrawn=1`);
  },
});
