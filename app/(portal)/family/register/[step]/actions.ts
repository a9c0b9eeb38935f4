"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { FormInvalid, formObject } from "@/lib/actions/form-state";
import { consentSchema, STEP_ORDER } from "@/lib/schemas/register";
import { parseChildStep } from "@/lib/schemas/parse-child-step";
import { getRegistrationOptions, districtForPostcode } from "@/lib/data/register/registration-options";
import { saveRegistrationDraft, type DraftData } from "@/lib/data/register/registration-draft";
import { registerChild } from "@/lib/data/register/register-child";

const stepField = z.enum(["child", "home", "needs", "school", "contact"]);

/** Saves one step of the registration and goes to the next (or back to "check your answers"). */
export const saveRegistrationStepAction = defineFormAction({
  permission: "create:child:own",
  schema: stepField,
  read: (formData) => formData.get("step"),
  run: async (actor, step, formData) => {
    const input = formObject(formData, ["needTypeIds"]);
    const answers = parseChildStep(step, input);
    let patch = answers as DraftData;
    if (step === "home") {
      const { districts } = await getRegistrationOptions(actor);
      const postcode = String(answers.postcode);
      const chosen = typeof answers.districtId === "string" ? answers.districtId : undefined;
      const districtId =
        chosen && districts.some((d) => d.id === chosen) ? chosen : districtForPostcode(districts, postcode);
      if (!districtId) {
        throw new FormInvalid({
          districtId: "We could not tell your area from the postcode. Choose the area you live in",
        });
      }
      patch = { postcode, districtId };
    }
    await saveRegistrationDraft(actor, patch);
    const next = formData.get("returnTo") === "check" ? "check" : STEP_ORDER[STEP_ORDER.indexOf(step) + 1];
    redirect(`/family/register/${next}`);
  },
});

/** Agrees to the consent statement and puts the child on the register. */
export const submitRegistrationAction = defineFormAction({
  permission: "create:child:own",
  schema: consentSchema,
  run: async (actor, input) => {
    const childId = await registerChild(actor, input);
    redirect(`/family/children/${childId}?registered=1`);
  },
});
