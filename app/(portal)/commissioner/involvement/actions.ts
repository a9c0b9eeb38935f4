"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  involvementActionSchema,
  involvementProgressSchema,
  newInvolvementPlanSchema,
} from "@/lib/schemas/involvement-plan";
import {
  addInvolvementAction,
  createInvolvementPlan,
  updateInvolvementAction,
} from "@/lib/data/involvement/involvement-plan";
import { route } from "@/lib/routes/route";

export const createInvolvementPlanAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: newInvolvementPlanSchema,
  run: async (actor, { periodStart }) => {
    const { id } = await createInvolvementPlan(actor, periodStart);
    redirect(route(`/commissioner/involvement/${id}`));
  },
});

export const addInvolvementActionAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: involvementActionSchema,
  read: (formData) => foldDateParts(formObject(formData), "dueDate"),
  run: async (actor, input) => {
    await addInvolvementAction(actor, input);
    revalidatePath(route(`/commissioner/involvement/${input.planId}`));
    return { ok: true, message: "The action is added to the plan." };
  },
});

export const updateInvolvementActionAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: involvementProgressSchema,
  run: async (actor, input) => {
    const { planId } = await updateInvolvementAction(actor, input);
    revalidatePath(route(`/commissioner/involvement/${planId}`));
    return { ok: true, message: "The action is updated." };
  },
});
