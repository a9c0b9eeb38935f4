"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { foldDateParts } from "@/lib/schemas/fields";
import {
  trainingModuleSchema,
  trainingRecordSchema,
  youngCommissionerDetailsSchema,
} from "@/lib/schemas/involvement";
import { saveYoungCommissionerDetails } from "@/lib/data/involvement/save-young-commissioner-details";
import { recordTraining } from "@/lib/data/involvement/record-training";
import { addTrainingModule } from "@/lib/data/involvement/add-training-module";

/** Commissioners and administrators both keep young commissioners' profiles (each in their own area). */
function revalidateProfile(membershipId: string) {
  revalidatePath(`/commissioner/young-commissioners/${membershipId}`);
  revalidatePath(`/admin/young-commissioners/${membershipId}`);
}

/** A young commissioner's date of birth and a parent's or carer's consent. */
export const saveYoungCommissionerDetailsAction = defineFormAction({
  permission: "update:young-commissioner:council",
  schema: youngCommissionerDetailsSchema,
  read: (formData) => foldDateParts(formObject(formData), "dateOfBirth", "consentGivenOn"),
  run: async (actor, input) => {
    await saveYoungCommissionerDetails(actor, {
      membershipId: input.membershipId,
      dateOfBirth: input.dateOfBirth,
      consentGivenBy: input.consentGivenBy ?? null,
      consentRelationship: input.consentRelationship ?? null,
      consentGivenOn: input.consentGivenOn,
    });
    revalidateProfile(input.membershipId);
    return { ok: true, message: "Date of birth and consent saved." };
  },
});

/** A training module a young commissioner completed. */
export const recordTrainingAction = defineFormAction({
  permission: "update:young-commissioner:council",
  schema: trainingRecordSchema,
  read: (formData) => foldDateParts(formObject(formData), "completedOn"),
  run: async (actor, input) => {
    await recordTraining(actor, { ...input, deliveredBy: input.deliveredBy ?? null });
    revalidateProfile(input.membershipId);
    return { ok: true, message: "Training recorded." };
  },
});

/** A module added to the council's training list. */
export const addTrainingModuleAction = defineFormAction({
  permission: "update:young-commissioner:council",
  schema: trainingModuleSchema,
  run: async (actor, input) => {
    await addTrainingModule(actor, { name: input.name, description: input.description ?? null });
    revalidatePath("/commissioner/young-commissioners");
    revalidatePath("/admin/young-commissioners");
    return { ok: true, message: `"${input.name}" added to the training list.` };
  },
});
