"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import {
  activityYouSaidWeDidSchema,
  editInvolvementActivitySchema,
  involvementActivitySchema,
  readInvolvementActivityForm,
} from "@/lib/schemas/involvement-activity";
import {
  createInvolvementActivity,
  updateInvolvementActivity,
} from "@/lib/data/involvement/save-involvement-activity";
import { setActivityYouSaidWeDid } from "@/lib/data/involvement/link-you-said-we-did";
import { route } from "@/lib/routes/route";

export const createInvolvementActivityAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: involvementActivitySchema,
  read: (formData) => readInvolvementActivityForm(formObject(formData)),
  run: async (actor, input) => {
    const { id } = await createInvolvementActivity(actor, input);
    revalidatePath("/commissioner/involvement/activities");
    redirect(route(`/commissioner/involvement/activities/${id}?saved=1`));
  },
});

export const updateInvolvementActivityAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: editInvolvementActivitySchema,
  read: (formData) => readInvolvementActivityForm(formObject(formData)),
  run: async (actor, input) => {
    const { id } = await updateInvolvementActivity(actor, input);
    revalidatePath("/commissioner/involvement/activities");
    redirect(route(`/commissioner/involvement/activities/${id}?saved=1`));
  },
});

export const linkYouSaidWeDidAction = defineFormAction({
  permission: "update:involvement-plan:council",
  schema: activityYouSaidWeDidSchema,
  arrays: ["youSaidWeDidIds"],
  run: async (actor, input) => {
    await setActivityYouSaidWeDid(actor, input);
    revalidatePath(route(`/commissioner/involvement/activities/${input.activityId}`));
    return { ok: true, message: 'The "You said, we did" actions that came from it are saved.' };
  },
});
